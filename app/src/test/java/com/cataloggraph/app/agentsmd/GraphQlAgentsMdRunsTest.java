package com.cataloggraph.app.agentsmd;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.model.testing.TestNeo4j;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A bulk AGENTS.md dry run started and followed over GraphQL, on the configured checkouts folder. */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlAgentsMdRunsTest {

    private static Path checkouts;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SharedNeo4jProperties.register(registry);
        checkouts = Files.createTempDirectory("checkouts");
        Files.createDirectories(checkouts.resolve("billing/src"));
        Files.writeString(checkouts.resolve("billing/Makefile"), "build:\n\tgo build ./...\ntest:\n\tgo test ./...\n");
        Files.writeString(checkouts.resolve("billing/go.mod"), "module example.com/billing\n\ngo 1.23\n");
        registry.add("catalog.agents-md.root", checkouts::toString);
    }

    @Test
    void startsADryRunAndReportsItsOutcome() throws Exception {
        String started = graphql("mutation { startAgentsMdRun { __typename ... on Run { id state } "
                + "... on RunProblem { code message } } }");
        assertThat(started).contains("\"__typename\":\"Run\"", "\"state\":\"RUNNING\"");
        String id = started.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        String status = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.contains("SUCCEEDED") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = graphql("{ run(kind: AGENTS_MD, id: \"" + id + "\") { ... on Run { state detail } } }");
        }
        assertThat(status).contains("\"state\":\"SUCCEEDED\"").contains("drafted 1");
        assertThat(Files.exists(checkouts.resolve("billing/AGENTS.md"))).as("a dry run writes nothing").isFalse();
    }

    @Test
    void anUnknownRunIsAProblemNotAnError() throws Exception {
        assertThat(graphql("{ run(kind: AGENTS_MD, id: \"nope\") { ... on RunProblem { code } } }"))
                .contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void aRunWhoseInstanceDiedReadsAsFailedWithWhoAbandonedIt() throws Exception {
        // Recorded running by an instance that stopped renewing it a minute ago.
        TestNeo4j.get().database().writeStatement("""
                CREATE (:AgentsMdRun {id: 'agents-md-orphaned', status: 'running', publisher: 'local', dryRun: true,
                        root: '/srv/checkouts', selection: [], concurrency: 1, startedAt: '2026-11-01T10:00:00Z',
                        runner: 'host-x/4242 (serve)', aliveUntil: datetime('2026-11-01T10:05:00Z')})
                """, Map.of());

        assertThat(graphql("{ run(kind: AGENTS_MD, id: \"agents-md-orphaned\") { ... on Run { state detail } } }"))
                .contains("\"state\":\"FAILED\"")
                .contains("abandoned: host-x/4242 (serve) stopped renewing it; its last renewal ran out at "
                        + "2026-11-01T10:05:00Z (it died or lost the database)");
    }

    private String graphql(String document) throws Exception {
        String body = "{\"query\":\"" + document.replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
