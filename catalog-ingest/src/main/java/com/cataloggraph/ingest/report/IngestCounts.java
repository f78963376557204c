package com.cataloggraph.ingest.report;

/**
 * The run's figures (also stored on its {@code :IngestRun} node).
 *
 * @param files           descriptor files seen (found by sources or reached through Locations)
 * @param parsed          files read this run (new or changed; rejected ones included): {@code files = parsed +
 *                        unchanged}
 * @param unchanged       files skipped because nothing about them changed
 * @param failed          files that have errors after this run, read this run or unchanged: rejected whole
 *                        (their earlier entities kept), partly failed, or with a missing Location target, a
 *                        Location cycle or a lost conflict; the run's {@code :SourceFile} nodes with
 *                        {@code errors > 0}. A run over unchanged files reports the same figure as the run before
 * @param entities        entities the run's files define
 * @param entitiesWritten entities written this run
 * @param relations       relationships stored in the catalog after the run, one per relation pair (a pair
 *                        declared from both ends is one); the same figure as GraphQL's {@code relationCount}
 *                        (whole catalog, as {@code dangling})
 * @param errors          error problems (including conflicts)
 * @param warnings        warning problems
 * @param conflicts       refs defined more than once
 * @param orphaned        entities flagged orphan this run
 * @param deleted         entities deleted this run
 * @param dangling        refs relations point at that no descriptor defines (whole catalog)
 */
public record IngestCounts(long files, long parsed, long unchanged, long failed, long entities, long entitiesWritten,
                           long relations, long errors, long warnings, long conflicts, long orphaned, long deleted,
                           long dangling) {
}
