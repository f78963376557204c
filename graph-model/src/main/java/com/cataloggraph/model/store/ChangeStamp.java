package com.cataloggraph.model.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The run a write belongs to, which the catalog's history records its changes under.
 *
 * @param run the ingest run's id
 * @param at  when the run started: every change of the run carries this time
 */
public record ChangeStamp(String run, Instant at) {

    public ChangeStamp {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(at, "at");
    }
}
