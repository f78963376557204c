/**
 * A small JSON-over-HTTP client for code-host APIs: authentication headers, pacing of
 * content-creating requests, retries that honour rate limits ({@code Retry-After},
 * {@code x-ratelimit-reset}) and server errors, {@code Link} pagination, and errors that say
 * which request failed with what answer.
 */
package com.cataloggraph.agentsmd.publish.http;
