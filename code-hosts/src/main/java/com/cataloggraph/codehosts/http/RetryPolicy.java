package com.cataloggraph.codehosts.http;

import java.time.Duration;

/**
 * How long to keep trying when a host says "too many requests" or fails for a moment.
 *
 * @param maxAttempts     tries per request, the first included (at least 1)
 * @param maxWait         the longest single wait; a longer {@code Retry-After} or reset time fails the request
 *                        instead of stalling the caller for an hour
 * @param fallbackWait    the wait when a rate-limited answer says nothing about when to retry (GitHub asks for at
 *                        least a minute); doubled on each further attempt, within {@code maxWait}
 * @param serverErrorWait the first wait after a 502/503/504 (or a 5xx or I/O failure of a GET), doubled on each
 *                        further attempt, within {@code maxWait}
 */
public record RetryPolicy(int maxAttempts, Duration maxWait, Duration fallbackWait, Duration serverErrorWait) {

    /** 5 attempts; waits of at most 5 minutes; 60 s when the host gives no hint; 1 s after a server error. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (maxWait.isNegative() || fallbackWait.isNegative() || serverErrorWait.isNegative()) {
            throw new IllegalArgumentException("waits must not be negative");
        }
    }

    /** GitHub's minute as the wait without hints. */
    public RetryPolicy(int maxAttempts, Duration maxWait, Duration serverErrorWait) {
        this(maxAttempts, maxWait, Duration.ofSeconds(60), serverErrorWait);
    }

    /** {@code first}, doubled after each failed attempt, never above {@link #maxWait()}. */
    Duration backoff(Duration first, int attempt) {
        Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
