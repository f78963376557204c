// The one way the pages read the catalog: POST /graphql, the same API and limits every client has.
// The operations live in /ui/queries/*.graphql (the benchmark measures the very same documents).

import {currentToken} from './session.js';

/** A request the API could not answer as asked: says what failed, and why. */
export class ApiError extends Error {
  /**
   * @param what   what the page was loading, e.g. "the entity page"
   * @param reason the server's or the network's words
   * @param errors the GraphQL errors, when there were any
   */
  constructor(what, reason, errors = []) {
    super(`Could not load ${what}: ${reason}`);
    this.what = what;
    this.reason = reason;
    this.errors = errors;
  }

  /** The first GraphQL error of a classification (NOT_FOUND, BAD_REQUEST, ...), or undefined. */
  classified(classification) {
    return this.errors.find(error => error.extensions?.classification === classification);
  }
}

/** The server wants credentials (401): the page signs the user in, then tries again. */
export class SignInRequired extends Error {
  /** @param challenge the WWW-Authenticate header, which names the protected-resource metadata */
  constructor(challenge) {
    super('Sign in to read the catalog');
    this.challenge = challenge || '';
  }

  /** The RFC 9728 metadata URL from `resource_metadata="…"`, or null. */
  metadataUrl() {
    const match = /resource_metadata="([^"]+)"/.exec(this.challenge);
    return match ? match[1] : null;
  }
}

const documents = new Map();

/** The text of /ui/queries/<name>.graphql (of several files, joined, for an array of names), fetched once. */
export function document(name) {
  if (Array.isArray(name)) {
    return Promise.all(name.map(document)).then(texts => texts.join('\n'));
  }
  if (!documents.has(name)) {
    documents.set(name, fetch(`/ui/queries/${name}.graphql`).then(response => {
      if (!response.ok) {
        throw new ApiError(`the query ${name}`, `the server answered ${response.status} for /ui/queries/${name}.graphql`);
      }
      return response.text();
    }).catch(error => {
      documents.delete(name);
      throw error;
    }));
  }
  return documents.get(name);
}

/**
 * Runs a named operation and returns its data.
 *
 * @param what      what the page is loading, for the error message
 * @param name      the operation's file under /ui/queries, or its file and the files of the fragments it uses
 * @param variables its variables
 * @param tolerated paths (first segment) whose errors are expected and left to the page, e.g. ['best']
 * @returns {Promise<{data: object, errors: object[]}>} errors holds the tolerated ones
 * @throws ApiError for any other error, SignInRequired for a 401
 */
export async function run(what, name, variables = {}, tolerated = []) {
  const query = await document(name);
  return post(what, {query, variables}, tolerated);
}

async function post(what, body, tolerated) {
  const headers = {'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json'};
  const token = currentToken();
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  let response;
  try {
    response = await fetch('/graphql', {method: 'POST', headers, body: JSON.stringify(body)});
  } catch (error) {
    throw new ApiError(what, `the server could not be reached (${error.message})`);
  }
  if (response.status === 401) {
    throw new SignInRequired(response.headers.get('WWW-Authenticate'));
  }
  let answer = null;
  try {
    answer = await response.json();
  } catch {
    // not JSON: reported below with the status
  }
  if (!answer || (!answer.data && !answer.errors)) {
    throw new ApiError(what, `the server answered ${response.status} ${response.statusText || ''}`.trim());
  }
  const errors = answer.errors || [];
  const unexpected = errors.filter(error => !tolerated.includes(String((error.path || [])[0])));
  if (unexpected.length > 0 || !answer.data) {
    const shown = unexpected.length > 0 ? unexpected : errors;
    const reasons = shown.map(error => {
      const classification = error.extensions?.classification;
      return (classification ? `[${classification}] ` : '') + error.message;
    });
    throw new ApiError(what, reasons.join('; '), shown);
  }
  return {data: answer.data, errors: errors.filter(error => !unexpected.includes(error))};
}
