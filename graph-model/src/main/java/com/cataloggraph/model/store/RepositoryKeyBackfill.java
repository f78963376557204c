package com.cataloggraph.model.store;

import com.cataloggraph.model.ref.RepositoryName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The next nodes (after {@code $after} in key order) missing a key, write-locked; their keys in order. */
    private static final String LOCK = """
            MATCH (n:%1$s)
            WHERE n.%2$s > $after
              AND (n.repository IS NOT NULL AND n.repositoryName IS NULL
                   OR n.repositoryUrl IS NOT NULL AND n.repositoryUrlName IS NULL)
            WITH n ORDER BY n.%2$s LIMIT $limit
            SET n.repositoryKeyLock = true
            WITH n.%2$s AS id ORDER BY id
            RETURN id
            """;

    private static final String READ = """
            UNWIND $ids AS id
            MATCH (n:%1$s {%2$s: id})
            RETURN id, n.repository AS repository, n.repositoryUrl AS repositoryUrl
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (n:%1$s {%2$s: row.id})
            SET n.repositoryName = row.repositoryName, n.repositoryUrlName = row.repositoryUrlName
            REMOVE n.repositoryKeyLock
            """;

    /** Entities by their unique ref; descriptor files ({@code :SourceFile}, no URL) by their unique location. */
    static final Statements ENTITIES = Statements.of("Entity", "ref");
    static final Statements SOURCE_FILES = Statements.of("SourceFile", "location");

    /** The three statements of a batch for one label, keyed by its unique property. */
    record Statements(String lock, String read, String write) {

        static Statements of(String label, String key) {
            return new Statements(LOCK.formatted(label, key), READ.formatted(label, key), WRITE.formatted(label, key));
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
                List<String> ids = tx.run(statements.lock(), Map.of("after", from, "limit", BATCH))
                        .list(row -> row.get("id").asString());
                if (ids.isEmpty()) {
                    return null;
                }
                List<Map<String, Object>> rows = new ArrayList<>(ids.size());
                tx.run(statements.read(), Map.of("ids", ids)).forEachRemaining(row -> {
                    Map<String, Object> keys = new HashMap<>();
                    keys.put("id", row.get("id").asString());
                    keys.put("repositoryName", RepositoryName.key(row.get("repository").asString(null)));
                    keys.put("repositoryUrlName", RepositoryName.key(row.get("repositoryUrl").asString(null)));
                    rows.add(keys);
                });
                tx.run(statements.write(), Map.of("rows", rows)).consume();
                return ids.getLast();
            });
        }
    }
}
