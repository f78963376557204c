package com.cataloggraph.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.model.sync.SyncSourceStatus;
import com.cataloggraph.model.testing.TestNeo4j;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12, "queue full → 503 with Retry-After, nothing lost that was already accepted", over real HTTP: a
 * queue of one repository whose delivery waits ten minutes to coalesce, so a second repository's push finds
 * it full whatever the machine's speed.
 */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookQueueFullTest {

    private static final String SECRET = "gitlab-webhook-secret-for-the-full-queue";

    private static GitLabApiStub gitlab;

    @LocalServerPort
    int port;

    @Autowired
    SyncedSources sources;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestNeo4j.get().clean();
        SharedNeo4jProperties.register(registry);
        gitlab = new GitLabApiStub("acme");
        gitlab.add(1, "acme/teams", Map.of("catalog-info.yaml", Descriptors.groups("team-a", "team-b")));
        gitlab.add(2, "acme/payments", Map.of("catalog-info.yaml", Descriptors.component("payments", "team-a")));
        gitlab.add(3, "acme/ledger", Map.of("catalog-info.yaml", Descriptors.component("ledger", "team-a")));
        registry.add("catalog.command", () -> "serve");
        registry.add("catalog.sync.sources[0].name", () -> "acme-gitlab");
        registry.add("catalog.sync.sources[0].kind", () -> "gitlab");
        registry.add("catalog.sync.sources[0].group", () -> "acme");
        registry.add("catalog.sync.sources[0].api-url", () -> gitlab.api().toString());
        registry.add("catalog.sync.webhooks.gitlab-secret", () -> SECRET);
        registry.add("catalog.sync.webhooks.queue-capacity", () -> "1");
        registry.add("catalog.sync.webhooks.coalesce", () -> "10m");
    }

    @AfterAll
    static void stopStub() {
        gitlab.close();
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndKeepsWhatItHadAccepted() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (sources.ledger().status().getFirst().lastFullSyncAt() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sources.ledger().status().getFirst().lastFullSyncAt()).as("the first full sync").isNotNull();

        HttpResponse<String> accepted = push("acme/payments", 2);
        HttpResponse<String> refused = push("acme/ledger", 3);
        HttpResponse<String> again = push("acme/payments", 2);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"status\":\"queued\"");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("retry later").contains("\"delivery\":");
        // The repository already waiting takes more deliveries: they join it, nothing accepted is dropped.
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(again.body()).contains("\"status\":\"coalesced\"");
        assertThat(sources.ledger().status()).extracting(SyncSourceStatus::name, SyncSourceStatus::queueDepth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme-gitlab", 1L));
    }

    private HttpResponse<String> push(String path, int projectId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/gitlab"))
                .header("Content-Type", "application/json").header("X-Gitlab-Event", "Push Hook")
                .header("X-Gitlab-Event-UUID", UUID.randomUUID().toString()).header("X-Gitlab-Token", SECRET)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(GitLabPayloads.push(path, projectId,
                        List.of("catalog-info.yaml")))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
