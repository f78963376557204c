package com.cataloggraph.agentsmd.publish.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces content-creating requests (POST, PUT, PATCH, DELETE) at least {@code interval} apart,
 * across all threads of a run, as GitHub asks of integrations ("wait at least one second between
 * each request" that creates content) and as keeps a bulk run under GitLab's limits.
 */
public final class RequestPacing {

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
                sleeper.sleep(wait);
            }
        }
        last = clock.instant();
    }
}
