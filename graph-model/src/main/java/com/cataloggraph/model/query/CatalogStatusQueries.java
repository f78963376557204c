package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** How big and how fresh the catalog is. */
public final class CatalogStatusQueries {

    private static final String ENTITY_COUNTS = """
            MATCH (n:Entity) WHERE n.missing = false
            RETURN n.kind AS kind, count(*) AS total
            ORDER BY kind
            """;

    private static final String HEALTH_COUNTS = """
            RETURN COUNT { MATCH (n:Entity) WHERE n.missing = true } AS missing,
                   COUNT { MATCH (n:Entity) WHERE n.orphan = true } AS orphans
            """;

    /**
     * The catalog's relation count, defined once: stored relationships of the catalog's relation types, one
     * per relation pair (a pair declared from both ends is one). Each branch reads Neo4j's count store, so the
     * answer costs the same at any size.
     */
    static final String RELATION_COUNT = Arrays.stream(RelationType.values())
            .map(type -> "MATCH ()-[r:" + type.neo4jType() + "]->() RETURN count(r) AS n")
            .collect(Collectors.joining(" UNION ALL ", "CALL () { ", " } RETURN sum(n) AS relations"));

    /**
     * Newest first. {@code startedAt IS NOT NULL} (every run has it) lets the planner walk the startedAt index
     * backwards and stop at the limit: every MCP answer asks for the last run, and a server refreshing every
     * few minutes keeps thousands of runs, which a label scan and sort would read on every call.
     */
    static final String RUNS = """
            MATCH (r:IngestRun)
            WHERE r.startedAt IS NOT NULL AND ($finishedOnly = false OR r.finishedAt IS NOT NULL)
            RETURN r
            ORDER BY r.startedAt DESC
            LIMIT $limit
            """;

    /**
     * When the newest finished run finished: {@link #RUNS}' walk, returning one property instead of the run with all
     * its counts (every MCP answer states it).
     */
    static final String LAST_FINISHED = """
            MATCH (r:IngestRun)
            WHERE r.startedAt IS NOT NULL AND r.finishedAt IS NOT NULL
            RETURN r.finishedAt AS finishedAt
            ORDER BY r.startedAt DESC
            LIMIT 1
            """;

    private final CatalogDatabase database;

    public CatalogStatusQueries(CatalogDatabase database) {
        this.database = database;
    }

    public CatalogStats stats() {
        return database.read(tx -> {
            Map<String, Long> byKind = new LinkedHashMap<>();
            tx.run(ENTITY_COUNTS).forEachRemaining(row -> byKind.put(row.get("kind").asString(),
                    row.get("total").asLong()));
            var health = tx.run(HEALTH_COUNTS).single();
            long relations = tx.run(RELATION_COUNT).single().get("relations").asLong();
            List<IngestRunRecord> last = tx.run(RUNS, Map.of("finishedOnly", true, "limit", 1))
                    .list(row -> run(row.get("r")));
            return new CatalogStats(byKind, relations, health.get("missing").asLong(),
                    health.get("orphans").asLong(), last.isEmpty() ? null : last.getFirst());
        });
    }

    /** Stored relationships (see {@link #RELATION_COUNT}): what every relation count the catalog shows says. */
    public long relationCount() {
        return database.read(tx -> tx.run(RELATION_COUNT).single().get("relations").asLong());
    }

    /** The most recent runs, newest first. */
    public List<IngestRunRecord> runs(int limit) {
        return database.read(tx -> tx.run(RUNS, Map.of("finishedOnly", false, "limit", limit))
                .list(row -> run(row.get("r"))));
    }

    /** When the catalog last finished an ingest (ISO-8601), or null if it never did. */
    public String lastIngestAt() {
        return database.read(tx -> {
            List<Record> last = tx.run(LAST_FINISHED).list();
            return last.isEmpty() ? null : last.getFirst().get("finishedAt").asString(null);
        });
    }

    private static IngestRunRecord run(Value node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : node.keys()) {
            Value value = node.get(key);
            if (value.type().name().equals("INTEGER")) {
                counts.put(key, value.asLong());
            }
        }
        return new IngestRunRecord(EntityMapping.text(node, "id"), EntityMapping.text(node, "startedAt"),
                EntityMapping.text(node, "finishedAt"), EntityMapping.text(node, "status"),
                EntityMapping.text(node, "source"), counts);
    }
}
