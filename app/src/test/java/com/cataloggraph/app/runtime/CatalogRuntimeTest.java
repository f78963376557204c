package com.cataloggraph.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.app.neo4j.DataFolderInUseException;
import com.cataloggraph.app.neo4j.DataFolderLock;
import com.cataloggraph.app.neo4j.RunningInstance;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.model.query.ReadOnlyCypher;
import com.cataloggraph.model.testing.TestNeo4j;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;

class CatalogRuntimeTest {

    @TempDir
    Path data;

    @AfterEach
    void quietAgain() {
        CatalogRuntime.verbose(false);
    }

    @Test
    void theGraphOnlyApplicationAnswersQueriesWithoutTheFeatureModules() {
        try (ConfigurableApplicationContext graph = CatalogRuntime.startGraph("query", sharedNeo4j())) {
            Object answer = graph.getBean(ReadOnlyCypher.class).run("RETURN 42 AS answer", Map.of(), 1,
                    Duration.ofMinutes(1)).rows().getFirst().get("answer");

            assertThat(answer).isEqualTo(42L);
            assertThat(graph.getBeanNamesForType(CatalogIngester.class)).isEmpty();
            assertThat(graph.getBeanNamesForType(CatalogMcpServer.class)).isEmpty();
            assertThat(graph.getBeanNamesForType(ExecutionGraphQlService.class)).isEmpty();
        }
    }

    @Test
    void aHeldDataFolderStopsServeBeforeAnyBeanOrTheWebServerStarts() {
        try (DataFolderLock held = DataFolderLock.tryAcquire(data).orElseThrow()) {
            held.publish(new RunningInstance(4242, "serve", URI.create("bolt://127.0.0.1:7999")));

            assertThatThrownBy(() -> CatalogRuntime.start("serve", true, Map.of("catalog.neo4j.data", data.toString(),
                    "catalog.neo4j.when-data-in-use", "fail", "server.port", 0)))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageStartingWith("The data folder " + data.toAbsolutePath().normalize()
                            + " is in use by process 4242 (catalog-graph serve). Connect to that instance instead: "
                            + "Neo4j Browser or cypher-shell at bolt://127.0.0.1:7999");
        }
    }

    @Test
    void verboseRaisesTheApplicationsLogLevelToInfo() {
        CatalogRuntime.verbose(true);

        try (ConfigurableApplicationContext graph = CatalogRuntime.startGraph("query", sharedNeo4j())) {
            assertThat(graph.getEnvironment().getProperty("logging.level.com.cataloggraph")).isEqualTo("info");
            assertThat(graph.getEnvironment().getProperty("logging.level.root")).isEqualTo("info");
        }
    }

    @Test
    void quietByDefault() {
        try (ConfigurableApplicationContext graph = CatalogRuntime.startGraph("query", sharedNeo4j())) {
            assertThat(graph.getEnvironment().getProperty("logging.level.com.cataloggraph")).isEqualTo("warn");
            assertThat(graph.getEnvironment().getProperty("logging.level.root")).isEqualTo("warn");
        }
    }

    private static Map<String, Object> sharedNeo4j() {
        return Map.of("catalog.neo4j.uri", TestNeo4j.get().boltUri().toString(), "catalog.neo4j.password", "");
    }
}
