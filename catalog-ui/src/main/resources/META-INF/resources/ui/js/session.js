// Who the browser is signed in as. Without authentication on the server nothing is stored and
// every request goes out bare (loopback only, as the server enforces). With it, the page keeps a
// bearer token for the tab's lifetime (sessionStorage): an API token pasted by the user, or an
// access token from the OIDC sign-in (authorization code flow with PKCE, see oidc.js).

const TOKEN_KEY = 'catalog-graph.token';

export function currentToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function keepToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}
