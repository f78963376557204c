package com.cataloggraph.graphql.run;

import java.util.Optional;

/** Starts bulk AGENTS.md runs for the GraphQL API; implemented by the generator, wired by the app. */
public interface AgentsMdRunTrigger {

    /**
     * Starts a run and returns at once.
     *
     * @throws RunRejectedException when the request cannot be run
     */
    RunStatus start(AgentsMdRunRequest request);

    /** The run's current state, or empty when no run has that id. */
    Optional<RunStatus> status(String runId);
}
