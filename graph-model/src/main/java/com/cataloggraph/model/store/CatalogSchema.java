package com.cataloggraph.model.store;

import java.util.List;
import java.util.Map;

/**
 * Constraints and indexes the catalog needs, created idempotently ({@code IF NOT EXISTS}) before
 * anything is written, then awaited so the first queries already use them.
 */
public final class CatalogSchema {

    /** The full-text index behind search. */
    public static final String SEARCH_INDEX = "entity_search";

    static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT entity_ref IF NOT EXISTS FOR (n:Entity) REQUIRE n.ref IS UNIQUE",
            // ENDS WITH / CONTAINS on the key: resolves loose names such as "payments".
            "CREATE TEXT INDEX entity_ref_text IF NOT EXISTS FOR (n:Entity) ON (n.ref)",
            "CREATE INDEX entity_repository IF NOT EXISTS FOR (n:Entity) ON (n.repository)",
            "CREATE INDEX entity_repository_url IF NOT EXISTS FOR (n:Entity) ON (n.repositoryUrl)",
            "CREATE INDEX entity_source_file IF NOT EXISTS FOR (n:Entity) ON (n.sourceFile)",
            "CREATE INDEX entity_kind_type IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.type)",
            "CREATE INDEX entity_missing IF NOT EXISTS FOR (n:Entity) ON (n.missing)",
            "CREATE INDEX entity_orphan IF NOT EXISTS FOR (n:Entity) ON (n.orphan)",
            "CREATE FULLTEXT INDEX " + SEARCH_INDEX + " IF NOT EXISTS FOR (n:Entity) "
                    + "ON EACH [n.name, n.title, n.description, n.tagText]",
            "CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (r:IngestRun) REQUIRE r.id IS UNIQUE",
            "CREATE INDEX ingest_run_started IF NOT EXISTS FOR (r:IngestRun) ON (r.startedAt)",
            // The history: what changed since a time, and what happened to one entity.
            "CREATE INDEX entity_change_at IF NOT EXISTS FOR (c:EntityChange) ON (c.at)",
            "CREATE INDEX entity_change_ref IF NOT EXISTS FOR (c:EntityChange) ON (c.ref)",
            // Explanations find the files that lost a ref conflict (they retry on every run) without a scan.
            "CREATE INDEX source_file_retry IF NOT EXISTS FOR (f:SourceFile) ON (f.retry)");

    private static final String AWAIT = "CALL db.awaitIndexes(300)";

    private CatalogSchema() {
    }

    /** Creates whatever is missing and waits until every index is online. */
    public static void apply(CatalogDatabase database) {
        for (String statement : STATEMENTS) {
            database.writeStatement(statement, Map.of());
        }
        database.writeStatement(AWAIT, Map.of());
    }
}
