package com.cataloggraph.model.store;

import com.cataloggraph.model.ref.RepositoryName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Writes the repository name keys ({@link RepositoryName#key}: {@code repositoryName}, {@code repositoryUrlName})
 * on the entities and descriptor files of a store written before the writer wrote them, once per store: a
 * {@code (:SchemaMigration {name: 'repository-name-keys'})} node records that it ran, so every later start reads
 * one node and nothing else.
 *
 * <p>The keys are computed here in Java, by the writer's function, batch by batch in ref (location) order. Several
 * processes starting at once may run it together: each batch first write-locks its nodes (a throw-away property,
 * as {@link IngestLease} does) and only then reads their repository, in a second statement, so a batch never
 * writes the key of a repository that an ingest run changed in between; two processes on the same batch write the
 * same keys.
 */
final class RepositoryKeyBackfill {

    static final String NAME = "repository-name-keys";

    private static final int BATCH = 1000;

    private static final String DONE = """
            MATCH (m:SchemaMigration {name: $name})
            RETURN count(m) > 0 AS done
            """;

    private static final String RECORD_DONE = """
            MERGE (m:SchemaMigration {name: $name})
            ON CREATE SET m.appliedAt = datetime()
            """;

    /**
     * The next nodes (after {@code $after} in key order) missing a key, write-locked: their element ids (valid in this
     * transaction, where the next two statements find them by) and the last key.
     */
    private static final String LOCK = """
            MATCH (n:%1$s)
            WHERE n.%2$s > $after
              AND (n.repository IS NOT NULL AND n.repositoryName IS NULL
                   OR n.repositoryUrl IS NOT NULL AND n.repositoryUrlName IS NULL)
            WITH n ORDER BY n.%2$s LIMIT $limit
            SET n.repositoryKeyLock = true
            RETURN collect(elementId(n)) AS nodes, max(n.%2$s) AS last
            """;

    private static final String READ = """
            UNWIND $nodes AS node
            MATCH (n:%1$s) WHERE elementId(n) = node
            RETURN node, n.repository AS repository, n.repositoryUrl AS repositoryUrl
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (n:%1$s) WHERE elementId(n) = row.node
            SET n.repositoryName = row.repositoryName, n.repositoryUrlName = row.repositoryUrlName
            REMOVE n.repositoryKeyLock
            """;

    /** Entities by their unique ref; descriptor files ({@code :SourceFile}, no URL) by their unique location. */
    static final Statements ENTITIES = Statements.of("Entity", "ref");
    static final Statements SOURCE_FILES = Statements.of("SourceFile", "location");

    /** The three statements of a batch for one label, paged by its unique property. */
    record Statements(String lock, String read, String write) {

        static Statements of(String label, String key) {
            return new Statements(LOCK.formatted(label, key), READ.formatted(label), WRITE.formatted(label));
        }
    }

    private RepositoryKeyBackfill() {
    }

    /** Writes the missing keys unless this store already had them written; records that it has. */
    static void run(CatalogDatabase database) {
        if (database.read(tx -> tx.run(DONE, Map.of("name", NAME)).single().get("done").asBoolean())) {
            return;
        }
        backfill(database, ENTITIES);
        backfill(database, SOURCE_FILES);
        database.writeStatement(RECORD_DONE, Map.of("name", NAME));
    }

    private static void backfill(CatalogDatabase database, Statements statements) {
        String after = "";
        while (after != null) {
            String from = after;
            after = database.write(tx -> {
                Record locked = tx.run(statements.lock(), Map.of("after", from, "limit", BATCH)).single();
                List<String> nodes = locked.get("nodes").asList(Value::asString);
                if (nodes.isEmpty()) {
                    return null;
                }
                List<Map<String, Object>> rows = new ArrayList<>(nodes.size());
                tx.run(statements.read(), Map.of("nodes", nodes)).forEachRemaining(row -> {
                    Map<String, Object> keys = new HashMap<>();
                    keys.put("node", row.get("node").asString());
                    keys.put("repositoryName", RepositoryName.key(row.get("repository").asString(null)));
                    keys.put("repositoryUrlName", RepositoryName.key(row.get("repositoryUrl").asString(null)));
                    rows.add(keys);
                });
                tx.run(statements.write(), Map.of("rows", rows)).consume();
                return locked.get("last").asString();
            });
        }
    }
}
