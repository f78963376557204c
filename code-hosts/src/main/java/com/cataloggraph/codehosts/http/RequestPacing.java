package com.cataloggraph.codehosts.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces content-creating requests (POST, PUT, PATCH, DELETE) at least {@code interval} apart,
 * across all threads sharing it, as GitHub asks of integrations ("wait at least one second between
 * each request" that creates content) and as keeps a bulk run under GitLab's limits.
 */
public final class RequestPacing {

    /** No pacing at all. */
    public static final RequestPacing NONE = new RequestPacing(Duration.ZERO, Clock.systemUTC(), Sleeper.REAL);

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant last;

    public RequestPacing(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Blocks until the next content-creating request may go. */
    public synchronized void awaitTurn() {
        if (last != null && !interval.isZero()) {
            Duration wait = Duration.between(clock.instant(), last.plus(interval));
            if (!wait.isNegative() && !wait.isZero()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HostException(HostException.Reason.INTERRUPTED, "interrupted while pacing requests", e);
                }
            }
        }
        last = clock.instant();
    }
}
