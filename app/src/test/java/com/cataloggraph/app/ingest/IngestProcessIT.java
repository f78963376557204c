package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.process.CatalogGraphProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as users run it. */
class IngestProcessIT {

    private static final String COMPONENTS = "MATCH (c:Component) RETURN c.ref AS ref ORDER BY ref";

    @TempDir
    Path temp;

    private Path repos;

    @BeforeEach
    void writeACatalog() throws Exception {
        repos = temp.resolve("repos");
        Files.createDirectories(repos.resolve("orders"));
        Files.createDirectories(repos.resolve("org"));
        Files.writeString(repos.resolve("orders/catalog-info.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: orders}
                spec: {type: service, lifecycle: production, owner: sales}
                """);
        Files.writeString(repos.resolve("org/catalog-info.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: sales}
                spec: {type: team, children: []}
                """);
    }

    @Test
    void ingestThenQuerySeesTheEntities() throws Exception {
        Path data = temp.resolve("data");
        Path report = temp.resolve("report.json");
        try (CatalogGraphProcess ingest = CatalogGraphProcess.start("ingest", repos.toString(), "--data",
                data.toString(), "--report", report.toString())) {
            assertThat(ingest.awaitExit(Duration.ofSeconds(120))).as(ingest.output()).isEqualTo(ExitCodes.OK);
            assertThat(ingest.stdout()).singleElement().asString().startsWith("Ingested 2 files (2 parsed, 0 unchanged, "
                    + "0 failed): 2 entities (2 written), 1 relations; 0 errors");
        }
        assertThat(Files.readString(report)).contains("\"entities\" : 2", "\"Component\" : 1", "\"Group\" : 1");

        try (CatalogGraphProcess query = CatalogGraphProcess.start("query", COMPONENTS, "--data", data.toString())) {
            assertThat(query.awaitExit(Duration.ofSeconds(120))).as(query.output()).isEqualTo(ExitCodes.OK);
            assertThat(query.stdout()).containsExactly("{\"ref\":\"component:default/orders\"}");
        }
    }

    @Test
    void serveIngestsAtStartAnswersHealthAndHasTheData() throws Exception {
        Path data = temp.resolve("serve-data");
        try (CatalogGraphProcess server = CatalogGraphProcess.start("serve", "--ingest", repos.toString(),
                "--refresh", "10m", "--port", "0", "--bolt-port", "0", "--data", data.toString())) {
            String base = server.awaitHttpUrl(Duration.ofSeconds(180));

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(server.stdout()).anySatisfy(line -> assertThat(line)
                    .startsWith("  Catalog  Ingested 2 files (2 parsed, 0 unchanged, 0 failed): 2 entities"));

            try (CatalogGraphProcess query = CatalogGraphProcess.start("query", COMPONENTS, "--data",
                    data.toString())) {
                assertThat(query.awaitExit(Duration.ofSeconds(120))).as(query.output()).isEqualTo(ExitCodes.OK);
                assertThat(query.stdout()).containsExactly("{\"ref\":\"component:default/orders\"}");
            }
        }
    }
}
