package com.cataloggraph.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.codehosts.webhook.WebhookSecret;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.HeldLease;
import com.cataloggraph.model.store.IngestLease;
import com.cataloggraph.model.sync.SyncLedger;
import com.cataloggraph.model.sync.SyncSourceStatus;
import com.cataloggraph.model.sync.WebhookDelivery;
import com.cataloggraph.model.testing.OtherProcesses;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12, as shown: {@code serve} with a GitLab group (a stand-in following GitLab's REST and webhook shapes), a
 * GitHub organization and a watched folder configured, over real HTTP and a real Neo4j. Pushes, renames and
 * deletions arrive as webhook deliveries; answers are read back through MCP and GraphQL.
 */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LivingCatalogTest {

    static final String GITLAB_SECRET = "gitlab-webhook-secret-for-tests";
    static final String GITHUB_SECRET = "github-webhook-secret-for-tests";
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private static GitLabApiStub gitlab;
    private static GitHubApiStub github;
    private static Path folder;

    @LocalServerPort
    int port;

    @Autowired
    CatalogGraph graph;

    @Autowired
    SyncedSources sources;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestNeo4j.get().clean();
        SharedNeo4jProperties.register(registry);
        gitlab = new GitLabApiStub("acme");
        gitlab.add(1, "acme/teams", Map.of("catalog-info.yaml", Descriptors.groups("team-a", "team-b", "team-c")));
        gitlab.add(2, "acme/payments", Map.of("catalog-info.yaml", Descriptors.component("payments", "team-a"),
                "README.md", "# payments"));
        gitlab.add(3, "acme/ledger", Map.of("catalog-info.yaml", Descriptors.component("ledger", "team-a")));
        gitlab.add(4, "acme/billing", Map.of("catalog-info.yaml", Descriptors.component("billing", "team-a")));
        gitlab.add(5, "acme/old-name", Map.of("catalog-info.yaml", Descriptors.component("renamed-service", "team-a")));
        for (int i = 0; i < 10; i++) {
            gitlab.add(100 + i, "acme/service-" + i, Map.of("catalog-info.yaml",
                    Descriptors.component("service-" + i, "team-c")));
        }
        github = new GitHubApiStub("octo");
        github.add("octo/web", Map.of("catalog-info.yaml", Descriptors.component("web", "team-a")));
        folder = Files.createTempDirectory("living-catalog");
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("notes/catalog-info.yaml"), Descriptors.component("notes", "team-a"));
        registry.add("catalog.command", () -> "serve");
        registry.add("catalog.sync.sources[0].name", () -> "acme-gitlab");
        registry.add("catalog.sync.sources[0].kind", () -> "gitlab");
        registry.add("catalog.sync.sources[0].group", () -> "acme");
        registry.add("catalog.sync.sources[0].api-url", () -> gitlab.api().toString());
        registry.add("catalog.sync.sources[1].name", () -> "octo-github");
        registry.add("catalog.sync.sources[1].kind", () -> "github");
        registry.add("catalog.sync.sources[1].organization", () -> "octo");
        registry.add("catalog.sync.sources[1].api-url", () -> github.api().toString());
        registry.add("catalog.sync.sources[2].name", () -> "notes-folder");
        registry.add("catalog.sync.sources[2].kind", () -> "folder");
        registry.add("catalog.sync.sources[2].path", () -> folder.toString());
        registry.add("catalog.sync.webhooks.gitlab-secret", () -> GITLAB_SECRET);
        registry.add("catalog.sync.webhooks.github-secret", () -> GITHUB_SECRET);
        registry.add("catalog.sync.webhooks.coalesce", () -> "3s");
        registry.add("catalog.sync.webhooks.retry-backoff", () -> "200ms");
        registry.add("catalog.ingest.max-removal-share", () -> "0.5");
    }

    @AfterAll
    static void stopStubs() {
        gitlab.close();
        github.close();
    }

    @BeforeEach
    void firstSyncsDone() {
        await("the first full sync of every source", () -> sources.ledger().status().stream()
                .filter(status -> status.lastFullSyncAt() != null).count() == 3);
    }

    @Test
    void aPushChangingTheDescriptorMakesTheNewOwnerVisibleThroughGetOwner() throws Exception {
        assertThat(owner("payments")).isEqualTo("group:default/team-a");
        gitlab.project(2).push("catalog-info.yaml", Descriptors.component("payments", "team-b"));

        HttpResponse<String> response = gitlabDelivery("Push Hook", GitLabPayloads.push("acme/payments", 2,
                List.of("catalog-info.yaml")), GITLAB_SECRET);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"queued\"").contains("changed catalog-info.yaml");
        await("payments to be owned by team-b", () -> "group:default/team-b".equals(owner("payments")));
    }

    @Test
    void anUnrelatedPushReadsNothing() throws Exception {
        int before = gitlab.requests().size();

        HttpResponse<String> response = gitlabDelivery("Push Hook", GitLabPayloads.push("acme/payments", 2,
                List.of("README.md", "src/main.go")), GITLAB_SECRET);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"ignored\"")
                .contains("no changed path can matter (2 changed)");
        assertThat(sources.ledger().deliveries("acme-gitlab", 100)).filteredOn(d -> d.id().equals(id(response)))
                .extracting(WebhookDelivery::outcome).containsExactly("ignored");
        assertThat(gitlab.requests()).hasSize(before);
    }

    @Test
    void aBurstOfFiftyPushesIsCoalescedIntoOneReRead() throws Exception {
        gitlab.project(3).push("catalog-info.yaml", Descriptors.component("ledger", "team-b"));
        long lookupsBefore = lookups("acme%2Fledger");

        for (int i = 0; i < 50; i++) {
            assertThat(gitlabDelivery("Push Hook", GitLabPayloads.push("acme/ledger", 3,
                    List.of("catalog-info.yaml")), GITLAB_SECRET).statusCode()).isEqualTo(202);
        }

        await("all 50 deliveries to be ingested", () -> sources.ledger().deliveries("acme-gitlab", 100).stream()
                .filter(d -> "acme/ledger".equals(d.repository()) && "ingested".equals(d.outcome())).count() == 50);
        assertThat(lookups("acme%2Fledger") - lookupsBefore).as("re-reads of acme/ledger").isEqualTo(1);
        assertThat(owner("ledger")).isEqualTo("group:default/team-b");
    }

    @Test
    void aWrongTokenOrSignatureIsRefusedAndNothingIsRead() throws Exception {
        int before = gitlab.requests().size();
        String push = GitLabPayloads.push("acme/payments", 2, List.of("catalog-info.yaml"));

        HttpResponse<String> wrongToken = gitlabDelivery("Push Hook", push, "not-the-secret");
        HttpResponse<String> noToken = gitlabDelivery("Push Hook", push, null);
        byte[] body = GitHubPayloads.push("octo/web", List.of("catalog-info.yaml")).getBytes(StandardCharsets.UTF_8);
        String forged = WebhookSecret.of("x", "another-secret").orElseThrow().gitHubSignature(body);
        HttpResponse<String> badSignature = githubDelivery("push", body, forged);

        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(wrongToken.body()).isEqualTo("{\"error\":\"X-Gitlab-Token does not match the configured secret\"}");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(badSignature.statusCode()).isEqualTo(401);
        assertThat(badSignature.body()).isEqualTo("{\"error\":\"X-Hub-Signature-256 is not the HMAC of the body with "
                + "the configured secret\"}");
        assertThat(gitlab.requests()).hasSize(before);
    }

    @Test
    void aMalformedPayloadIsA400NamingTheFieldAndAnUnknownEventIsIgnored() throws Exception {
        HttpResponse<String> malformed = gitlabDelivery("Push Hook", "{\"object_kind\":\"push\",\"ref\":\"refs/heads/main\","
                + "\"commits\":[]}", GITLAB_SECRET);
        HttpResponse<String> unknown = gitlabDelivery("Issue Hook", "{\"object_kind\":\"issue\"}", GITLAB_SECRET);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).isEqualTo("{\"error\":\"field 'project.path_with_namespace' is missing or not a "
                + "non-empty string\"}");
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).contains("\"status\":\"ignored\"")
                .contains("event 'issue' is not one the catalog reads");
    }

    @Test
    void aDeletedRepositorysEntitiesBecomeOrphans() throws Exception {
        assertThat(orphan("billing")).isFalse();
        gitlab.remove(4);

        HttpResponse<String> response = gitlabDelivery("System Hook", GitLabPayloads.system("project_destroy",
                "acme/billing", null, 4), GITLAB_SECRET);

        assertThat(response.statusCode()).isEqualTo(202);
        await("billing to be an orphan", () -> orphan("billing"));
        assertThat(orphan("service-0")).as("a repository the delivery did not name").isFalse();
        assertThat(orphan("payments")).isFalse();
    }

    @Test
    void aRenameMovesTheRepositorysEntities() throws Exception {
        gitlab.project(5).path = "acme/new-name";

        HttpResponse<String> response = gitlabDelivery("System Hook", GitLabPayloads.system("project_rename",
                "acme/new-name", "acme/old-name", 5), GITLAB_SECRET);

        assertThat(response.statusCode()).isEqualTo(202);
        await("renamed-service to come from acme/new-name", () -> "acme/new-name".equals(repository("renamed-service")));
        assertThat(orphan("renamed-service")).isFalse();
    }

    @Test
    void aGitHubPushSignedWithTheSecretIsIngested() throws Exception {
        github.push("octo/web", "catalog-info.yaml", Descriptors.component("web", "team-c"));
        byte[] body = GitHubPayloads.push("octo/web", List.of("catalog-info.yaml")).getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSecret.of("x", GITHUB_SECRET).orElseThrow().gitHubSignature(body);

        HttpResponse<String> response = githubDelivery("push", body, signature);

        assertThat(response.statusCode()).isEqualTo(202);
        await("web to be owned by team-c", () -> "group:default/team-c".equals(owner("web")));
    }

    /**
     * Issue 12 item 5: a webhook's re-read is one more writer of the catalog. While another process (here a CLI
     * {@code ingest} with its own driver to the database) holds the ingest lease, the re-read waits and its delivery
     * says for whom; once the lease is given back, the change is ingested.
     */
    @Test
    void aWebhookReReadWaitsWhileAnotherProcessHoldsTheIngestLease() throws Exception {
        gitlab.project(101).push("catalog-info.yaml", Descriptors.component("service-1", "team-b"));
        String id;
        try (OtherProcesses processes = new OtherProcesses()) {
            IngestLease elsewhere = new IngestLease(processes.open(), Duration.ofSeconds(60));
            // Waits, if need be, for a re-read an earlier test set off to finish.
            try (HeldLease held = elsewhere.acquire("build-7/4242 (ingest)", "run-elsewhere", DEADLINE,
                    other -> { })) {
                Instant since = elsewhere.current().orElseThrow().since();

                HttpResponse<String> response = gitlabDelivery("Push Hook", GitLabPayloads.push("acme/service-1", 101,
                        List.of("catalog-info.yaml")), GITLAB_SECRET);

                assertThat(response.statusCode()).isEqualTo(202);
                id = id(response);
                await("the delivery to wait for the lease", () -> "waiting".equals(delivery(id).outcome()));
                assertThat(delivery(id).detail()).isEqualTo("waiting for the ingest lease: an ingest is running on "
                        + "build-7/4242 (ingest) since " + since);
                assertThat(owner("service-1")).as("nothing written while the lease is held elsewhere")
                        .isEqualTo("group:default/team-c");
            }
        }

        await("service-1 to be owned by team-b", () -> "group:default/team-b".equals(owner("service-1")));
        await("the delivery to be recorded ingested", () -> "ingested".equals(delivery(id).outcome()));
    }

    /**
     * 15 projects: a no-change resync lists them (one page) and reads no file. Projects active within GitLab's
     * hour of {@code last_activity_at} throttling are asked their branch's head commit (one small request each);
     * the others, quiet for longer, cost nothing more.
     */
    @Test
    void aNoChangeResyncReadsNoFileAndSendsOnlyListingAndHeadCommitCalls() {
        SyncedSource acme = sources.all().stream().filter(s -> s.name().equals("acme-gitlab")).findFirst().orElseThrow();
        sources.fullSync(acme);
        int before = gitlab.requests().size();

        SyncOutcome again = sources.fullSync(acme);

        assertThat(again.succeeded()).isTrue();
        List<String> sent = gitlab.targets().subList(before, gitlab.targets().size());
        assertThat(sent).filteredOn(target -> target.startsWith("/api/v4/groups/")).containsExactly(
                "/api/v4/groups/acme/projects?include_subgroups=true&archived=false&order_by=id&sort=asc&per_page=50&page=1");
        assertThat(sent).filteredOn(target -> !target.startsWith("/api/v4/groups/"))
                .allMatch(target -> target.contains("/repository/branches/main"));
        assertThat(sent.size()).as("requests of a no-change resync of 15 projects").isLessThan(15);
        SyncSourceStatus status = sources.ledger().status().stream().filter(s -> s.name().equals("acme-gitlab"))
                .findFirst().orElseThrow();
        assertThat(status.lastFullSyncRequests()).isEqualTo(sent.size());
        assertThat(status.repositoriesRead()).isZero();
    }

    @Test
    void aSavedFileInAWatchedFolderIsIngestedWithoutWaitingForTheSchedule() throws Exception {
        Files.writeString(folder.resolve("notes/catalog-info.yaml"), Descriptors.component("notes", "team-b"));

        await("notes to be owned by team-b", () -> "group:default/team-b".equals(owner("notes")));
    }

    @Test
    void syncStateIsListedOverGraphQlAndMcp() throws Exception {
        HttpResponse<String> graphql = http.send(HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ syncSources { name kind lastFullSyncAt "
                        + "lastFullSyncOutcome queueDepth failures } }\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(graphql.statusCode()).isEqualTo(200);
        assertThat(graphql.body()).contains("\"name\":\"acme-gitlab\",\"kind\":\"gitlab\"")
                .contains("\"name\":\"octo-github\",\"kind\":\"github\"")
                .contains("\"name\":\"notes-folder\",\"kind\":\"folder\"")
                .contains("\"lastFullSyncOutcome\":\"succeeded\"");
        try (McpSyncClient mcp = TestClients.http(base())) {
            String text = ((io.modelcontextprotocol.spec.McpSchema.TextResourceContents) mcp.readResource(
                    new io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest("catalog://sync/sources"))
                    .contents().getFirst()).text();
            assertThat(text).contains("\"name\":\"acme-gitlab\"").contains("\"queueDepth\"").contains("\"failures\"")
                    .contains("\"lastFullSyncAt\"");
        }
    }

    // --- helpers

    private String owner(String component) {
        try (McpSyncClient mcp = TestClients.http(base())) {
            CallToolResult result = mcp.callTool(new CallToolRequest("get_owner", Map.of("entity", component)));
            if (Boolean.TRUE.equals(result.isError())) {
                return null;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> owners = (List<Map<String, Object>>) ((Map<String, Object>) result
                    .structuredContent()).get("owners");
            @SuppressWarnings("unchecked")
            Map<String, Object> owner = (Map<String, Object>) owners.getFirst().get("owner");
            return (String) owner.get("ref");
        }
    }

    private boolean orphan(String component) {
        return graph.database().read(tx -> tx.run("MATCH (c:Component {ref: $ref}) RETURN c.orphan AS orphan",
                Map.of("ref", "component:default/" + component)).single().get("orphan").asBoolean(false));
    }

    private String repository(String component) {
        return graph.database().read(tx -> tx.run("MATCH (c:Component {ref: $ref}) RETURN c.repository AS repository",
                Map.of("ref", "component:default/" + component)).single().get("repository").asString(null));
    }

    private WebhookDelivery delivery(String id) {
        return sources.ledger().deliveries("acme-gitlab", 100).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private long lookups(String encodedPath) {
        return gitlab.targets().stream().filter(("/api/v4/projects/" + encodedPath)::equals).count();
    }

    private HttpResponse<String> gitlabDelivery(String event, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/webhooks/gitlab"))
                .header("Content-Type", "application/json").header("X-Gitlab-Event", event)
                .header("X-Gitlab-Event-UUID", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Gitlab-Token", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> githubDelivery(String event, byte[] body, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/webhooks/github"))
                .header("Content-Type", "application/json").header("X-GitHub-Event", event)
                .header("X-GitHub-Delivery", java.util.UUID.randomUUID().toString())
                .header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> response) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"delivery\":\"([^\"]+)\"").matcher(response.body());
        return matcher.find() ? matcher.group(1) : null;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not there yet (an entity not ingested yet); look again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
        throw new AssertionError("gave up waiting for " + what);
    }
}
