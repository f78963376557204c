package com.cataloggraph.ingest.discovery;

import java.time.Duration;

/** Waiting, kept behind an interface so tests can see the waits without spending them. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
