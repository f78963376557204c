package com.cataloggraph.agentsmd.publish.http;

import java.time.Duration;

/** Waits; tests substitute one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting " + duration, e);
        }
    };

    void sleep(Duration duration);
}
