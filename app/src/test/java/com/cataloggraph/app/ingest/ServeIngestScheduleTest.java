package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.model.CatalogGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The schedule as {@code serve --ingest --refresh} wires it, on the embedded database. */
class ServeIngestScheduleTest {

    private static final String COMPONENT = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: %s}
            spec: {type: service, lifecycle: production, owner: sales}
            """;

    @TempDir
    Path temp;

    @Test
    void ingestsAtStartThenAgainOnItsScheduleUntilTheServerStops() throws Exception {
        Path repos = temp.resolve("repos");
        write(repos, "orders", COMPONENT.formatted("orders"));
        ServeIngestSchedule schedule;
        try (ConfigurableApplicationContext context = CatalogRuntime.start("serve", false, Map.of(
                "catalog.neo4j.data", temp.resolve("data").toString(), "catalog.neo4j.bolt-port", 0,
                "catalog.ingest.paths[0]", repos.toString(), "catalog.ingest.refresh", "200ms"))) {
            schedule = context.getBean(ServeIngestSchedule.class);
            CatalogGraph graph = context.getBean(CatalogGraph.class);

            assertThat(schedule.lastReport()).hasValueSatisfying(r -> assertThat(r.counts().entities()).isEqualTo(1));
            assertThat(graph.entities().find("component:default/orders")).isPresent();

            write(repos, "billing", COMPONENT.formatted("billing"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (graph.entities().find("component:default/billing").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(graph.entities().find("component:default/billing")).isPresent();
            assertThat(graph.status().runs(10).size()).isGreaterThanOrEqualTo(2);
        }
        assertThat(schedule.isRunning()).isFalse();
    }

    private static void write(Path repos, String repository, String text) throws Exception {
        Files.createDirectories(repos.resolve(repository));
        Files.writeString(repos.resolve(repository).resolve("catalog-info.yaml"), text);
    }
}
