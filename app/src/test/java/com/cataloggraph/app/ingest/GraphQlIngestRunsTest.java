package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.model.store.IngestRunLog;
import com.cataloggraph.model.store.TrackedRun;
import com.cataloggraph.model.testing.OtherProcesses;
import com.cataloggraph.model.testing.TestNeo4j;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An ingest of the server's configured paths, started and followed over GraphQL. */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlIngestRunsTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedNeo4jProperties.register(registry);
        registry.add("catalog.ingest.paths[0]", () -> SampleCatalog.root().toString());
    }

    @BeforeAll
    static void emptyGraph() {
        TestNeo4j.get().clean();
    }

    @Test
    void ingestsTheConfiguredPathsAndReportsTheOutcome() throws Exception {
        String started = graphql("mutation { startIngest(sources: [\"sample-catalog\"]) { __typename "
                + "... on Run { id state } ... on RunProblem { code message } } }");
        assertThat(started).contains("\"__typename\":\"Run\"");
        String id = started.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        String status = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!status.contains("SUCCEEDED") && !status.contains("FAILED") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = graphql("{ run(kind: INGEST, id: \"" + id + "\") { ... on Run { state detail } } }");
        }
        assertThat(status).contains("\"state\":\"SUCCEEDED\"").contains("72 entities");
        assertThat(graphql("{ entity(ref: \"payments-service\") { ref } }"))
                .contains("component:default/payments-service");
    }

    @Test
    void aRunIsItsIngestRunNodeSoAnotherInstanceReadsTheSameState() throws Exception {
        String started = graphql("mutation { startIngest { ... on Run { id state } } }");
        String id = started.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        try (OtherProcesses anotherInstance = new OtherProcesses()) {
            IngestRunLog elsewhere = new IngestRunLog(anotherInstance.open());
            assertThat(elsewhere.status(id)).isPresent();
            String status = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!status.contains("SUCCEEDED") && !status.contains("FAILED") && System.nanoTime() < deadline) {
                Thread.sleep(250);
                status = graphql("{ run(kind: INGEST, id: \"" + id + "\") { ... on Run { state detail } } }");
            }
            TrackedRun there = elsewhere.status(id).orElseThrow();
            assertThat(there.status()).isEqualTo(IngestRunLog.SUCCEEDED);
            assertThat(status).contains("\"state\":\"SUCCEEDED\"").contains(there.detail());
        }
    }

    @Test
    void aRunWhoseInstanceDiedReadsAsFailedWithWhoAbandonedIt() throws Exception {
        // Accepted by an instance that died at once: nobody renews it.
        new IngestRunLog(TestNeo4j.get().database()).queue("ingest-orphaned", "/srv/repos", "host-x/4242 (serve)",
                Duration.ofMillis(1));
        Thread.sleep(50);

        assertThat(graphql("{ run(kind: INGEST, id: \"ingest-orphaned\") { ... on Run { state detail } } }"))
                .contains("\"state\":\"FAILED\"")
                .contains("abandoned: host-x/4242 (serve) stopped renewing it; its last renewal ran out at ")
                .contains("(it died or lost the database)");
    }

    @Test
    void refusesAPathTheServerWasNotConfiguredWith() throws Exception {
        assertThat(graphql("mutation { startIngest(sources: [\"/etc\"]) { ... on RunProblem { code message } } }"))
                .contains("\"code\":\"REJECTED\"").contains("is not one of this server's ingest paths");
    }

    private String graphql(String document) throws Exception {
        String body = "{\"query\":\"" + document.replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
