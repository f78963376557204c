package com.cataloggraph.graphql.run;

import java.util.Objects;

/**
 * What a trigger reports about one run.
 *
 * @param id      the run's id, stable for the run's lifetime (an ingest run's id is its {@code IngestRun} id)
 * @param detail  what the run says about itself (progress, failure), or null
 */
public record RunStatus(String id, RunState state, String detail) {

    public RunStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
