package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.report.IngestCounts;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.Timings;
import com.cataloggraph.ingest.state.DanglingRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a run's report and the figures recorded on its {@code :IngestRun} node. */
final class RunReports {

    /** Dangling refs listed in a report; the count covers all of them up to this many. */
    static final int DANGLING_LIMIT = 10_000;

    private RunReports() {
    }

    /**
     * @param failed    the run's files that have errors after it ({@code :SourceFile} nodes with {@code errors > 0}),
     *                  whether read this run or unchanged
     * @param relations relationships stored in the catalog after the run (see {@link IngestCounts#relations()})
     */
    static IngestReport report(String id, String status, Instant started, List<String> sources,
                               List<FileOutcome> outcomes, long failed, Claims claims, long written, long relations,
                               List<IngestProblem> problems, RemovalPlan removals, Map<String, Long> kinds,
                               List<DanglingRef> dangling, Timings timings) {
        long unchanged = outcomes.stream().filter(o -> o instanceof FileOutcome.Unchanged).count();
        long parsed = outcomes.size() - unchanged;
        List<IngestProblem> errors = problems.stream().filter(IngestProblem::isError).toList();
        List<IngestProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        IngestCounts counts = new IngestCounts(outcomes.size(), parsed, unchanged, failed, claims.owners().size(),
                written, relations, errors.size(), warnings.size(),
                claims.conflicts().size(), removals.orphan().size(), removals.delete().size(), dangling.size());
        return new IngestReport(id, status, started.toString(), Instant.now().toString(), sources, counts, kinds,
                errors, warnings, claims.conflicts(), removals.orphan(), removals.delete(), dangling, removals.guard(),
                timings);
    }

    /** The figures stored on the run's node, so "how fresh is this, and how healthy?" has an answer in the graph. */
    static Map<String, Long> counts(IngestReport report) {
        IngestCounts c = report.counts();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("files", c.files());
        counts.put("filesParsed", c.parsed());
        counts.put("filesUnchanged", c.unchanged());
        counts.put("filesFailed", c.failed());
        counts.put("entities", c.entities());
        counts.put("entitiesWritten", c.entitiesWritten());
        counts.put("relations", c.relations());
        counts.put("errors", c.errors());
        counts.put("warnings", c.warnings());
        counts.put("conflicts", c.conflicts());
        counts.put("orphaned", c.orphaned());
        counts.put("deleted", c.deleted());
        counts.put("dangling", c.dangling());
        counts.put("durationMs", report.timings().totalMs());
        return counts;
    }
}
