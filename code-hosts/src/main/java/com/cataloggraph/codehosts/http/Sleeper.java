package com.cataloggraph.codehosts.http;

import java.time.Duration;

/** Waiting, kept behind an interface so tests can see the waits without spending them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
