package com.cataloggraph.graphql.run;

import java.util.Optional;

/** Starts ingest runs for the GraphQL API; implemented where the ingester lives, wired by the app. */
public interface IngestTrigger {

    /**
     * Starts a run and returns at once.
     *
     * @throws RunRejectedException when the request cannot be run
     */
    RunStatus start(IngestRequest request);

    /** The run's current state, or empty when no run has that id. */
    Optional<RunStatus> status(String runId);
}
