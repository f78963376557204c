// Signing in with the identity provider that issues the server's OIDC tokens: the authorization
// code flow with PKCE (RFC 6749 §4.1, RFC 7636), run by this page as a public client.
//   1. /ui/config.json names the browser's client id (catalog.ui.oidc.client-id) and scopes;
//   2. the server's protected-resource metadata (RFC 9728, named by its 401 challenge) names the
//      authorization server; its discovery document names the two endpoints;
//   3. the browser goes to the authorization endpoint and comes back to <origin>/?code=…&state=…;
//   4. the code and the PKCE verifier are exchanged at the token endpoint for an access token,
//      which the page then sends as a bearer token, as any API client would.

import {keepToken} from './session.js';

const FLOW_KEY = 'catalog-graph.oidc-flow';

async function json(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}

/**
 * The identity provider the sign-in page can offer, or null when none is configured.
 *
 * @param metadataUrl the protected-resource metadata URL from the server's 401 challenge
 */
export async function oidcProvider(metadataUrl) {
  const config = await json('/ui/config.json');
  if (!config.oidc || !config.oidc.clientId || !metadataUrl) {
    return null;
  }
  // Same origin as the page, whatever host name the server put in the challenge.
  const metadata = await json(new URL(metadataUrl, location.href).pathname);
  const issuer = (metadata.authorization_servers || [])[0];
  if (!issuer) {
    return null;
  }
  const discovery = await json(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!discovery.authorization_endpoint || !discovery.token_endpoint) {
    throw new Error(`the discovery document of ${issuer} names no authorization or token endpoint`);
  }
  return {
    issuer,
    clientId: config.oidc.clientId,
    scopes: config.oidc.scopes,
    authorizationEndpoint: discovery.authorization_endpoint,
    tokenEndpoint: discovery.token_endpoint,
  };
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_')
    .replace(/=+$/, '');
}

function randomText() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Leaves for the identity provider; the page comes back to `<origin>/` and then to `returnTo`. */
export async function startSignIn(provider, returnTo) {
  const verifier = randomText();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomText();
  const redirectUri = location.origin + '/';
  sessionStorage.setItem(FLOW_KEY, JSON.stringify({
    state, verifier, redirectUri, returnTo, clientId: provider.clientId, tokenEndpoint: provider.tokenEndpoint,
  }));
  const url = new URL(provider.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: redirectUri,
    scope: provider.scopes,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
}

/**
 * Finishes a sign-in when the page was opened by the identity provider's redirect.
 *
 * @returns null when this is no such return, else {error} or {returnTo}
 */
export async function finishSignIn() {
  const params = new URLSearchParams(location.search);
  if (!params.has('state') || (!params.has('code') && !params.has('error'))) {
    return null;
  }
  const flow = JSON.parse(sessionStorage.getItem(FLOW_KEY) || 'null');
  sessionStorage.removeItem(FLOW_KEY);
  const returnTo = flow?.returnTo || '#/';
  history.replaceState(null, '', '/' + returnTo);
  if (!flow || flow.state !== params.get('state')) {
    return {error: 'The sign-in answer does not belong to a sign-in this page started; start again.'};
  }
  if (params.has('error')) {
    return {error: `The identity provider refused the sign-in: ${params.get('error')}`
        + (params.get('error_description') ? ` (${params.get('error_description')})` : '')};
  }
  let answer;
  try {
    const response = await fetch(flow.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: params.get('code'),
        redirect_uri: flow.redirectUri,
        client_id: flow.clientId,
        code_verifier: flow.verifier,
      }),
    });
    answer = await response.json();
    if (!response.ok || !answer.access_token) {
      return {error: `The token endpoint refused the code: ${answer.error || response.status}`
          + (answer.error_description ? ` (${answer.error_description})` : '')};
    }
  } catch (error) {
    return {error: `The token endpoint ${flow.tokenEndpoint} could not be reached (${error.message}); `
        + 'it must allow this origin (CORS).'};
  }
  keepToken(answer.access_token);
  return {returnTo};
}
