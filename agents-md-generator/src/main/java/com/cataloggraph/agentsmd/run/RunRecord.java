package com.cataloggraph.agentsmd.run;

import java.util.List;

/**
 * A run as the graph keeps it: what was asked, and where it stands.
 *
 * @param status     {@code running}, {@code finished} or {@code failed}
 * @param selection  the resolved selection, e.g. {@code owner=group:default/payments-team}
 * @param outDir     a dry run's draft folder, or null
 * @param finishedAt null while running
 * @param error      why the run itself failed, or null
 */
public record RunRecord(String id, String status, String publisher, boolean dryRun, String root,
                        List<String> selection, int concurrency, String outDir, String startedAt, String finishedAt,
                        String error) {

    public RunRecord {
        selection = List.copyOf(selection);
    }
}
