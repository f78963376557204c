package com.cataloggraph.ingest.report;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.state.DanglingRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one ingest run did and found, as the command prints it and {@code --report} writes it.
 *
 * @param runId          the {@code :IngestRun} node's id
 * @param status         {@code succeeded}, or {@code failed} when a source could not be read or the
 *                       removal guard refused
 * @param startedAt      ISO-8601
 * @param finishedAt     ISO-8601
 * @param sources        the sources read
 * @param entitiesByKind the run's entities per kind
 * @param errors         every error, each naming file, document, line, field, rule and value
 * @param warnings       advice: remote references not followed, and the like
 * @param conflicts      refs defined twice
 * @param orphaned       refs flagged orphan this run
 * @param deleted        refs deleted this run
 * @param dangling       refs that relations point at but no descriptor defines
 * @param removalGuard   the guard's verdict when the run would have removed anything, else null
 */
public record IngestReport(String runId, String status, String startedAt, String finishedAt, List<String> sources,
                           IngestCounts counts, Map<String, Long> entitiesByKind, List<IngestProblem> errors,
                           List<IngestProblem> warnings, List<Conflict> conflicts, List<String> orphaned,
                           List<String> deleted, List<DanglingRef> dangling, RemovalGuard removalGuard,
                           Timings timings) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    /** The one-line summary a command prints at the end. */
    public String summary() {
        IngestCounts c = counts;
        double seconds = timings.totalMs() / 1000.0;
        return String.format(Locale.ROOT, "%s %d files (%d parsed, %d unchanged, %d failed): %d entities (%d written), "
                        + "%d relations; %d errors, %d warnings, %d conflicts, %d orphaned, %d deleted, %d dangling refs "
                        + "in %.1f s (%.0f files/s)",
                succeeded() ? "Ingested" : "Ingest FAILED after", c.files(), c.parsed(), c.unchanged(), c.failed(),
                c.entities(), c.entitiesWritten(), c.relations(), c.errors(), c.warnings(), c.conflicts(),
                c.orphaned(), c.deleted(), c.dangling(), seconds, seconds == 0 ? 0 : c.files() / seconds);
    }
}
