package com.cataloggraph.agentsmd.publish.http;

import java.time.Duration;

/**
 * How often and how long to retry a request the host refused for now.
 *
 * @param maxAttempts tries per request, the first included
 * @param maxWait     the longest single wait; a host asking for longer fails the request (resume the run later)
 * @param backoff     the first wait after a server error, doubled each time
 */
public record RetryPolicy(int maxAttempts, Duration maxWait, Duration backoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }
}
