package com.cataloggraph.agentsmd.run;

/**
 * What a run over a code host cost the host.
 *
 * @param requests       HTTP requests sent (retries included)
 * @param rateLimitWaits times a rate-limited answer made the run wait
 */
public record HostActivity(int requests, int rateLimitWaits) {
}
