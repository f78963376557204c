package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.report.Timings;
import java.util.HashMap;
import java.util.Map;

/** Times a run's stages. */
final class RunTimer {

    private final long start = System.nanoTime();
    private long last = start;
    private final Map<String, Long> laps = new HashMap<>();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.merge(stage, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    Timings timings() {
        return new Timings(laps.getOrDefault("discover", 0L), laps.getOrDefault("process", 0L),
                laps.getOrDefault("write", 0L), laps.getOrDefault("reconcile", 0L),
                (System.nanoTime() - start) / 1_000_000);
    }
}
