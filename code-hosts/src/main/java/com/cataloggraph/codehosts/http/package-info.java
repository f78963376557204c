/**
 * Requests to one code host's REST API: {@link com.cataloggraph.codehosts.http.HostClient} sends them with the
 * host's fixed headers (credentials, API version), retries within a
 * {@link com.cataloggraph.codehosts.http.RetryPolicy} (rate limits as the host asks, server errors with growing
 * waits), paces content-creating requests, follows redirects only on the configured host (scheme, host and port),
 * and stops reading a body at a limit. {@link com.cataloggraph.codehosts.http.Pages} follows
 * {@code Link: rel="next"} (GitHub, GitLab keyset) and {@code X-Next-Page} (GitLab offset) paging;
 * {@link com.cataloggraph.codehosts.http.JsonApi} adds the JSON conveniences of write-side callers.
 */
package com.cataloggraph.codehosts.http;
