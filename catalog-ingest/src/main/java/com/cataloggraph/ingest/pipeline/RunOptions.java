package com.cataloggraph.ingest.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How one caller wants its run held: under which {@code :IngestRun} id, and how long to wait for the
 * ingest lease while another process's run writes (a scheduled run may skip at once, a person's run
 * waits and is told why).
 *
 * @param runId     the run's id, e.g. one a GraphQL caller was given when it queued the run
 * @param leaseWait how long to wait for the lease; 0 fails at once
 */
public record RunOptions(String runId, Duration leaseWait) {

    public RunOptions {
        Objects.requireNonNull(runId, "runId");
        if (leaseWait.isNegative()) {
            throw new IllegalArgumentException("leaseWait must be 0 or more, was " + leaseWait);
        }
    }

    /** A new run id, waiting up to {@code leaseWait}. */
    public static RunOptions waiting(Duration leaseWait) {
        return new RunOptions(UUID.randomUUID().toString(), leaseWait);
    }
}
