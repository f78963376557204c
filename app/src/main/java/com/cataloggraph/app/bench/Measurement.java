package com.cataloggraph.app.bench;

import com.cataloggraph.app.bench.ResourceMeter.PhaseMemory;
import java.util.Map;

/**
 * One measured phase.
 *
 * @param phase     what was measured
 * @param wallNanos how long it took
 * @param entities  how many entities (or, for the parse floor, YAML documents) it covered
 * @param written   how many entities it wrote to the database
 * @param relations how many relations the phase's entities declare (or, for the write floor, it created)
 * @param files     how many files it read or skipped as unchanged
 * @param memory    the phase's heap and RSS
 * @param stages    for an ingest, where its time went as the ingest's report says (milliseconds per stage)
 */
record Measurement(String phase, long wallNanos, long entities, long written, long relations, long files,
                   PhaseMemory memory, Map<String, Long> stages) {

    double seconds() {
        return wallNanos / 1e9;
    }

    double entitiesPerSecond() {
        return wallNanos == 0 ? 0 : entities / seconds();
    }
}
