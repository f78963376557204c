package com.cataloggraph.agentsmd.run;

import java.util.List;
import java.util.Map;

/**
 * The JSON report of a run (also what a status query answers).
 *
 * @param counts          repositories per state label, in {@link RepositoryState} order, zeros included
 * @param seconds         how long this invocation worked (a resumed run counts its own time)
 * @param draftsPerSecond repositories handled in this invocation per second
 * @param host            requests sent to the code host and rate-limit waits in this invocation; null for checkouts
 * @param repositories    every repository the run covered so far, by name
 */
public record RunReport(RunRecord run, Map<String, Long> counts, double seconds, double draftsPerSecond,
                        HostActivity host, List<RepositoryOutcome> repositories) {

    public RunReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        repositories = List.copyOf(repositories);
    }

    public long count(RepositoryState state) {
        return counts.getOrDefault(state.label(), 0L);
    }

    /** Counts per state of these outcomes, every state present. */
    static Map<String, Long> countsOf(List<RepositoryOutcome> outcomes) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (RepositoryState state : RepositoryState.values()) {
            counts.put(state.label(), outcomes.stream().filter(o -> o.state() == state).count());
        }
        return counts;
    }
}
