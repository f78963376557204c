package com.cataloggraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.testing.OtherProcesses;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several instances starting at once all apply the schema: none of them may fail because another won. */
class CatalogSchemaTest {

    private static final List<String> PROBE_SCHEMA = List.of(
            "CREATE INDEX schema_race_probe IF NOT EXISTS FOR (n:SchemaRaceProbe) ON (n.key)",
            "CREATE CONSTRAINT schema_race_probe_key IF NOT EXISTS FOR (n:SchemaRaceProbeKey) REQUIRE n.key IS UNIQUE");

    private final TestNeo4j neo4j = TestNeo4j.get();

    @AfterEach
    void dropProbeSchema() {
        neo4j.database().writeStatement("DROP INDEX schema_race_probe IF EXISTS", Map.of());
        neo4j.database().writeStatement("DROP CONSTRAINT schema_race_probe_key IF EXISTS", Map.of());
    }

    @Test
    void processesApplyingTheSameSchemaAtOnceAllSucceed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (OtherProcesses processes = new OtherProcesses()) {
            List<CatalogDatabase> databases = new ArrayList<>();
            for (int process = 0; process < 6; process++) {
                databases.add(processes.open());
            }
            for (int round = 0; round < 5; round++) {
                dropProbeSchema();
                List<CompletableFuture<Void>> applied = new ArrayList<>();
                for (CatalogDatabase database : databases) {
                    applied.add(CompletableFuture.runAsync(() -> CatalogSchema.apply(database, PROBE_SCHEMA),
                            threads));
                }
                CompletableFuture.allOf(applied.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        long probes = neo4j.database().read(tx -> tx.run("SHOW INDEXES YIELD name WHERE name STARTS WITH "
                + "'schema_race_probe' RETURN count(*) AS n").single().get("n").asLong());
        assertThat(probes).as("the index, and the constraint's own index").isEqualTo(2);
    }

    @Test
    void aDroppedIndexComesBackAndWhatExistsIsLeftAsItIs() {
        CatalogSchema.apply(neo4j.database());
        List<String> before = indexNames();
        assertThat(before).containsAll(CatalogSchema.STATEMENTS.stream()
                .map(statement -> statement.split(" ")[statement.startsWith("CREATE INDEX")
                        || statement.startsWith("CREATE CONSTRAINT") ? 2 : 3]).toList());

        neo4j.database().writeStatement("DROP INDEX entity_missing", Map.of());
        assertThat(indexNames()).doesNotContain("entity_missing");
        CatalogSchema.apply(neo4j.database());
        assertThat(indexNames()).containsExactlyInAnyOrderElementsOf(before);
        CatalogSchema.apply(neo4j.database());
        assertThat(indexNames()).containsExactlyInAnyOrderElementsOf(before);
    }

    private List<String> indexNames() {
        return neo4j.database().read(tx -> tx.run("SHOW INDEXES YIELD name RETURN name").list(
                row -> row.get("name").asString()));
    }
}
