package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.AccessToken;
import com.cataloggraph.codehosts.http.RetryPolicy;
import static com.cataloggraph.ingest.discovery.StubServer.Reply.json;
import static com.cataloggraph.ingest.discovery.StubServer.Reply.raw;
import static com.cataloggraph.ingest.discovery.DiscoveredRepository.Provider.GITLAB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GitLab group discovery against a stub that answers as GitLab's REST API documents: the group's
 * projects 50 a page with {@code X-Next-Page}/{@code X-Total-Pages}, raw files with 404 for a
 * missing one, 429 with {@code Retry-After} or {@code RateLimit-Reset}.
 */
class GitLabDiscoveryTest {

    private static final String TOKEN = "glpat-s3cr3t-value";
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String PAGE_1 = "/api/v4/groups/larkspur/projects?include_subgroups=true&archived=false"
            + "&order_by=id&sort=asc&per_page=50&page=1";
    private static final String PAGE_2 = PAGE_1.replace("&page=1", "&page=2");
    private static final String PAYMENTS_FILE = "/api/v4/projects/11/repository/files/catalog-info%2Eyaml/raw?ref=main";
    private static final String CHECKOUT_FILE = "/api/v4/projects/12/repository/files/catalog-info%2Eyaml/raw?ref=master";
    private static final String FORK_FILE = "/api/v4/projects/14/repository/files/catalog-info%2Eyaml/raw?ref=main";
    private static final String DOCS_FILE = "/api/v4/projects/15/repository/files/catalog-info%2Eyaml/raw?ref=main";
    private static final String PAYMENTS_YAML = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
            + "  name: payments-service\n";
    private static final String CHECKOUT_YAML = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
            + "  name: checkout-service\n";

    private StubServer gitlab;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void startGitLab() throws IOException {
        gitlab = new StubServer(json(404, "{\"message\":\"404 File Not Found\"}"));
        gitlab.on(PAGE_1, json(200, "[" + project(11, "larkspur/payments-service", "main", false, false) + ","
                        + project(12, "larkspur/platform/checkout-service", "master", false, false) + "]",
                "X-Page", "1", "X-Per-Page", "50", "X-Next-Page", "2", "X-Prev-Page", "", "X-Total", "5",
                "X-Total-Pages", "2"));
        gitlab.on(PAGE_2, json(200, "[" + project(14, "larkspur/payments-service-fork", "main", false, true) + ","
                        + project(15, "larkspur/docs", "main", false, false) + ","
                        + "{\"id\":16,\"path_with_namespace\":\"larkspur/empty\",\"default_branch\":null,"
                        + "\"web_url\":\"https://gitlab.example.com/larkspur/empty\",\"archived\":false,\"empty_repo\":true}]",
                "X-Page", "2", "X-Per-Page", "50", "X-Next-Page", "", "X-Prev-Page", "1", "X-Total", "5",
                "X-Total-Pages", "2"));
        gitlab.on(PAYMENTS_FILE, raw(200, PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8), "text/plain"));
        gitlab.on(CHECKOUT_FILE, raw(200, CHECKOUT_YAML.getBytes(StandardCharsets.UTF_8), "text/plain"));
        gitlab.on(FORK_FILE, raw(200, PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    @AfterEach
    void stopGitLab() {
        gitlab.close();
    }

    @Test
    void listsEveryPageAndReadsEachProjectsDescriptorAtItsDefaultBranch() {
        DiscoveryResult result = discovery(options()).discover();

        assertThat(gitlab.targets()).containsExactly(PAGE_1, PAGE_2, PAYMENTS_FILE, CHECKOUT_FILE, FORK_FILE, DOCS_FILE);
        assertThat(result.repositories()).containsExactly(
                new DiscoveredRepository(GITLAB, "11", "larkspur/payments-service",
                        URI.create("https://gitlab.example.com/larkspur/payments-service"), "main", "main",
                        List.of(new DiscoveredFile("catalog-info.yaml", PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8)))),
                new DiscoveredRepository(GITLAB, "12", "larkspur/platform/checkout-service",
                        URI.create("https://gitlab.example.com/larkspur/platform/checkout-service"), "master", "master",
                        List.of(new DiscoveredFile("catalog-info.yaml", CHECKOUT_YAML.getBytes(StandardCharsets.UTF_8)))),
                new DiscoveredRepository(GITLAB, "14", "larkspur/payments-service-fork",
                        URI.create("https://gitlab.example.com/larkspur/payments-service-fork"), "main", "main",
                        List.of(new DiscoveredFile("catalog-info.yaml", PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8)))));
        assertThat(result.listed()).isEqualTo(5);
        assertThat(result.filteredOut()).as("the empty project").isEqualTo(1);
        assertThat(result.withoutDescriptor()).as("docs").isEqualTo(1);
        assertThat(result.problems()).isEmpty();
        assertThat(result.requests()).isEqualTo(6);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void sendsTheTokenAsPrivateTokenOnEveryRequest() {
        discovery(options()).discover();

        assertThat(gitlab.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.header("PRIVATE-TOKEN")).isEqualTo(TOKEN);
            assertThat(request.header("Accept")).isEqualTo("application/json");
        });
    }

    @Test
    void withoutATokenNoTokenHeaderIsSent() {
        new GitLabDiscovery(options(), AccessToken.fromEnvironment("GITLAB_TOKEN", name -> null), HttpClient.newHttpClient(),
                sleeper, Clock.fixed(NOW, ZoneOffset.UTC)).discover();

        assertThat(gitlab.requests()).allSatisfy(request -> assertThat(request.header("PRIVATE-TOKEN")).isNull());
    }

    @Test
    void archivedProjectsAreAskedForWhenTheyAreWanted() {
        String withArchived = PAGE_1.replace("&archived=false", "");
        gitlab.on(withArchived, json(200, "[" + project(13, "larkspur/old-billing", "main", true, false) + "]",
                "X-Next-Page", "", "X-Total-Pages", "1"));
        gitlab.on("/api/v4/projects/13/repository/files/catalog-info%2Eyaml/raw?ref=main",
                raw(200, "kind: Component\n".getBytes(StandardCharsets.UTF_8), "text/plain"));

        DiscoveryResult result = discovery(options().withArchivedAndForks(false, false)).discover();

        assertThat(gitlab.targets().getFirst()).isEqualTo(withArchived);
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug).containsExactly("larkspur/old-billing");
    }

    @Test
    void filtersForksPatternsAndExcludedProjectsLikeBackstage() {
        DiscoveryResult result = discovery(options().withArchivedAndForks(true, true)
                .withProjectFilter(Pattern.compile("^larkspur/(payments|docs)"), List.of("larkspur/docs"))).discover();

        assertThat(gitlab.targets()).containsExactly(PAGE_1, PAGE_2, PAYMENTS_FILE);
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug).containsExactly("larkspur/payments-service");
        assertThat(result.filteredOut()).isEqualTo(4);
    }

    @Test
    void readsAConfiguredBranchAndEachConfiguredPathInOrder() {
        gitlab.on("/api/v4/projects/11/repository/files/catalog-info%2Eyml/raw?ref=release%2F2026-11",
                raw(200, "kind: System\n".getBytes(StandardCharsets.UTF_8), "text/plain"));
        gitlab.on("/api/v4/projects/11/repository/files/catalog-info%2Eyaml/raw?ref=release%2F2026-11",
                raw(200, PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8), "text/plain"));

        DiscoveryResult result = discovery(options().withBranch("release/2026-11")
                .withDescriptorPaths(List.of("/catalog-info.yaml", "catalog-info.yml"))
                .withProjectFilter(Pattern.compile("payments-service$"), List.of())).discover();

        assertThat(gitlab.targets()).containsExactly(PAGE_1, PAGE_2,
                "/api/v4/projects/11/repository/files/catalog-info%2Eyaml/raw?ref=release%2F2026-11",
                "/api/v4/projects/11/repository/files/catalog-info%2Eyml/raw?ref=release%2F2026-11");
        DiscoveredRepository payments = result.repositories().getFirst();
        assertThat(payments.ref()).isEqualTo("release/2026-11");
        assertThat(payments.defaultBranch()).isEqualTo("main");
        assertThat(payments.files()).extracting(DiscoveredFile::path).containsExactly("catalog-info.yaml", "catalog-info.yml");
        assertThat(payments.fileUrl("catalog-info.yml")).isEqualTo(URI.create(
                "https://gitlab.example.com/larkspur/payments-service/-/blob/release/2026-11/catalog-info.yml"));
    }

    @Test
    void waitsOutA429ForAsLongAsRetryAfterSays() {
        gitlab.replace(PAYMENTS_FILE, json(429, "{\"message\":\"Retry later\"}", "Retry-After", "7",
                "RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 60)),
                raw(200, PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8), "text/plain"));

        DiscoveryResult result = discovery(options()).discover();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(gitlab.targets()).containsExactly(PAGE_1, PAGE_2, PAYMENTS_FILE, PAYMENTS_FILE, CHECKOUT_FILE, FORK_FILE,
                DOCS_FILE);
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug).contains("larkspur/payments-service");
        assertThat(result.requests()).isEqualTo(7);
    }

    @Test
    void waitsUntilRateLimitResetWhenThereIsNoRetryAfter() {
        gitlab.replace(PAGE_2, json(429, "{\"message\":\"Retry later\"}", "RateLimit-Remaining", "0",
                        "RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 42)),
                json(200, "[]", "X-Next-Page", ""));

        discovery(options()).discover();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(43));
        assertThat(gitlab.targets()).startsWith(PAGE_1, PAGE_2, PAGE_2);
    }

    @Test
    void aWaitLongerThanAllowedFailsThatProjectNotTheRun() {
        gitlab.replace(CHECKOUT_FILE, json(429, "{\"message\":\"Retry later\"}", "Retry-After", "3600"));

        DiscoveryResult result = discovery(options()).discover();

        assertThat(sleeper.waits()).isEmpty();
        assertThat(result.problems()).containsExactly(new DiscoveryProblem("larkspur/platform/checkout-service",
                "catalog-info.yaml", "GitLab GET " + CHECKOUT_FILE.substring("/api/v4".length())
                        + " is rate limited for 3600 s, longer than the 300 s allowed"));
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug)
                .containsExactly("larkspur/payments-service", "larkspur/payments-service-fork");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingWaitsThenReported() {
        gitlab.replace(DOCS_FILE, json(502, "{\"message\":\"502 Bad Gateway\"}"));

        DiscoveryResult result = discovery(options().withLimits(1, GitLabDiscoveryOptions.DEFAULT_MAX_FILE_BYTES,
                new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(1)))).discover();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(gitlab.targets().stream().filter(DOCS_FILE::equals)).hasSize(3);
        assertThat(result.problems()).containsExactly(new DiscoveryProblem("larkspur/docs", "catalog-info.yaml",
                "GitLab answered 502 for catalog-info.yaml at main: 502 Bad Gateway"));
        assertThat(result.withoutDescriptor()).as("a failed read is not a missing file").isZero();
    }

    @Test
    void aRefusedTokenStopsDiscoveryWithGitLabsReasonAndWithoutTheToken() {
        gitlab.replace(PAGE_1, json(401, "{\"message\":\"401 Unauthorized\"}"));

        assertThatThrownBy(() -> discovery(options()).discover())
                .isInstanceOf(DiscoveryException.class)
                .hasMessage("GitLab answered 401 listing the projects of group larkspur (" + gitlab.base() + PAGE_1
                        + "): 401 Unauthorized")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void aTooLargeDescriptorIsAProblemNotAFile() {
        DiscoveryResult result = discovery(options().withLimits(1, 10, RetryPolicy.DEFAULT)).discover();

        assertThat(result.repositories()).isEmpty();
        assertThat(result.problems()).first().isEqualTo(new DiscoveryProblem("larkspur/payments-service",
                "catalog-info.yaml", "catalog-info.yaml is " + PAYMENTS_YAML.length() + " bytes, more than the 10 bytes allowed; it was not read"));
    }

    @Test
    void readsFilesADescriptorPointsAtFromTheSameRef() {
        gitlab.on("/api/v4/projects/11/repository/files/api%2Fopenapi%2Eyaml/raw?ref=main",
                raw(200, "openapi: 3.1.0\n".getBytes(StandardCharsets.UTF_8), "text/plain"));
        GitLabDiscovery discovery = discovery(options());
        DiscoveredRepository payments = discovery.discover().repositories().getFirst();

        assertThat(discovery.readFile(payments, "api/openapi.yaml")).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("openapi: 3.1.0\n"));
        assertThat(discovery.readFile(payments, "api/missing.yaml")).isEmpty();
        assertThat(gitlab.targets()).endsWith("/api/v4/projects/11/repository/files/api%2Fopenapi%2Eyaml/raw?ref=main",
                "/api/v4/projects/11/repository/files/api%2Fmissing%2Eyaml/raw?ref=main");
    }

    @Test
    void theTokenNeverShowsInToStrings() {
        AccessToken token = AccessToken.fromEnvironment("GITLAB_TOKEN", Map.of("GITLAB_TOKEN", TOKEN)::get);

        assertThat(token).hasToString("AccessToken[GITLAB_TOKEN=****]");
        assertThat(options().toString()).doesNotContain(TOKEN).contains("tokenVariable=GITLAB_TOKEN");
        assertThat(AccessToken.fromEnvironment("GITLAB_TOKEN", name -> " ")).hasToString("AccessToken[GITLAB_TOKEN unset]");
    }

    @Test
    void parallelReadsKeepTheListingOrder() {
        DiscoveryResult result = discovery(options().withLimits(4, GitLabDiscoveryOptions.DEFAULT_MAX_FILE_BYTES,
                RetryPolicy.DEFAULT)).discover();

        assertThat(result.repositories()).extracting(DiscoveredRepository::slug).containsExactly("larkspur/payments-service",
                "larkspur/platform/checkout-service", "larkspur/payments-service-fork");
        assertThat(gitlab.targets()).startsWith(PAGE_1, PAGE_2)
                .containsExactlyInAnyOrder(PAGE_1, PAGE_2, PAYMENTS_FILE, CHECKOUT_FILE, FORK_FILE, DOCS_FILE);
    }

    @Test
    void aSubgroupPathIsUrlEncodedAsOneSegment() {
        String subgroupPage = PAGE_1.replace("/groups/larkspur/", "/groups/larkspur%2Fplatform/");
        gitlab.on(subgroupPage, json(200, "[]", "X-Next-Page", ""));

        DiscoveryResult result = discovery(GitLabDiscoveryOptions.forGroup("larkspur/platform")
                .withApiUrl(URI.create(gitlab.base() + "/api/v4"))).discover();

        assertThat(gitlab.targets()).containsExactly(subgroupPage);
        assertThat(result.listed()).isZero();
    }

    @Test
    void noLogRecordCarriesTheToken() {
        gitlab.replace(PAYMENTS_FILE, json(429, "{}", "Retry-After", "1"),
                raw(200, PAYMENTS_YAML.getBytes(StandardCharsets.UTF_8), "text/plain"));
        List<String> messages;
        try (CapturedLogs logs = new CapturedLogs()) {
            discovery(options()).discover();
            messages = logs.messages();
        }
        assertThat(messages).anyMatch(m -> m.startsWith("GET " + gitlab.base()))
                .anyMatch(m -> m.contains("rate limited")).noneMatch(m -> m.contains(TOKEN));
    }

    /** A project as {@code GET /groups/:id/projects} returns it (the fields discovery reads, and a few it does not). */
    @Test
    void aGlobMatchesTheRepositoryTreeReadPageByPage() {
        String tree = "/api/v4/projects/11/repository/tree?recursive=true&ref=main&per_page=100&page=";
        gitlab.on(tree + "1", json(200, """
                [{"id":"a1","name":"catalog-info.yaml","type":"blob","path":"catalog-info.yaml","mode":"100644"},
                 {"id":"a2","name":"services","type":"tree","path":"services","mode":"040000"},
                 {"id":"a3","name":"ledger","type":"tree","path":"services/ledger","mode":"040000"}]
                """, "X-Next-Page", "2"));
        gitlab.on(tree + "2", json(200, """
                [{"id":"a4","name":"catalog-info.yaml","type":"blob","path":"services/ledger/catalog-info.yaml",
                  "mode":"100644"},
                 {"id":"a5","name":"catalog-info.yaml","type":"blob","path":"vendor/lib/deep/catalog-info.yaml",
                  "mode":"100644"}]
                """, "X-Next-Page", ""));
        gitlab.on("/api/v4/projects/11/repository/files/services%2Fledger%2Fcatalog-info%2Eyaml/raw?ref=main",
                raw(200, "kind: Component\n".getBytes(StandardCharsets.UTF_8), "text/plain"));
        gitlab.on("/api/v4/projects/12/repository/tree?recursive=true&ref=master&per_page=100&page=1",
                json(500, "{\"message\":\"500 Internal Server Error\"}"));

        DiscoveryResult result = discovery(options().withDescriptorPaths(List.of("catalog-info.yaml",
                "services/*/catalog-info.yaml"))).discover();

        DiscoveredRepository payments = result.repositories().getFirst();
        assertThat(payments.slug()).isEqualTo("larkspur/payments-service");
        assertThat(payments.files()).extracting(DiscoveredFile::path)
                .containsExactly("catalog-info.yaml", "services/ledger/catalog-info.yaml");
        assertThat(gitlab.targets()).contains(tree + "1", tree + "2")
                .noneMatch(target -> target.contains("vendor%2Flib"));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.slug()).isEqualTo("larkspur/platform/checkout-service");
            assertThat(problem.path()).isEqualTo("services/*/catalog-info.yaml");
            assertThat(problem.message()).contains("GitLab answered 500");
        });
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug)
                .as("a project whose file list failed is not returned half-read")
                .doesNotContain("larkspur/platform/checkout-service");
    }

    private static String project(int id, String path, String defaultBranch, boolean archived, boolean fork) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"path\":\"" + name + "\",\"path_with_namespace\":\"" + path
                + "\",\"default_branch\":\"" + defaultBranch + "\",\"web_url\":\"https://gitlab.example.com/" + path
                + "\",\"http_url_to_repo\":\"https://gitlab.example.com/" + path + ".git\",\"archived\":" + archived
                + ",\"empty_repo\":false,\"visibility\":\"internal\",\"topics\":[\"backstage\"]"
                + (fork ? ",\"forked_from_project\":{\"id\":11,\"path_with_namespace\":\"larkspur/payments-service\"}" : "")
                + "}";
    }

    private GitLabDiscoveryOptions options() {
        return GitLabDiscoveryOptions.forGroup("larkspur").withApiUrl(URI.create(gitlab.base() + "/api/v4/"))
                .withLimits(1, GitLabDiscoveryOptions.DEFAULT_MAX_FILE_BYTES, RetryPolicy.DEFAULT);
    }

    private GitLabDiscovery discovery(GitLabDiscoveryOptions options) {
        return new GitLabDiscovery(options, AccessToken.fromEnvironment("GITLAB_TOKEN", Map.of("GITLAB_TOKEN", TOKEN)::get),
                HttpClient.newHttpClient(), sleeper, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
