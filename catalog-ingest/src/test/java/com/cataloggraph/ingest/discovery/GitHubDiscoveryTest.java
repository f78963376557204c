package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.AccessToken;
import com.cataloggraph.codehosts.http.RetryPolicy;
import static com.cataloggraph.ingest.discovery.StubServer.Reply.json;
import static com.cataloggraph.ingest.discovery.StubServer.Reply.raw;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GitHub organization discovery against a stub that answers as GitHub's REST API documents:
 * repositories 100 a page with a {@code Link} header, contents as base64 JSON (or raw for large
 * files), 404 for a missing file, 403/429 for primary and secondary rate limits.
 */
class GitHubDiscoveryTest {

    private static final String TOKEN = "ghp_s3cr3tvalue";
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String PAGE_1 = "/orgs/larkspur/repos?per_page=100";
    private static final String PAGE_2 = "/organizations/4242/repos?per_page=100&page=2";
    private static final String STOREFRONT_FILE = "/repos/larkspur/storefront-web/contents/catalog-info.yaml?ref=main";
    private static final String ROUTE_FILE = "/repos/larkspur/route-planner/contents/catalog-info.yaml?ref=trunk";
    private static final String FORK_FILE = "/repos/larkspur/design-system-fork/contents/catalog-info.yaml?ref=main";
    private static final String WIKI_FILE = "/repos/larkspur/team-wiki/contents/catalog-info.yaml?ref=main";
    private static final String STOREFRONT_YAML = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
            + "  name: storefront-web\n  description: The Larkspur web shop, server-rendered with Next.js 15.\n";
    private static final String ROUTE_YAML = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
            + "  name: route-planner\n";

    private StubServer github;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void startGitHub() throws IOException {
        github = new StubServer(json(404, "{\"message\":\"Not Found\",\"documentation_url\":"
                + "\"https://docs.github.com/rest/repos/contents#get-repository-content\",\"status\":\"404\"}"));
        String base = github.base().toString();
        github.on(PAGE_1, json(200, "[" + repository("storefront-web", "main", false, false, "nextjs") + ","
                        + repository("old-checkout", "main", true, false, "legacy") + ","
                        + repository("route-planner", "trunk", false, false, "python") + "]",
                "Link", "<" + base + PAGE_2 + ">; rel=\"next\", <" + base + PAGE_2 + ">; rel=\"last\"",
                "x-ratelimit-limit", "5000", "x-ratelimit-remaining", "4990",
                "x-ratelimit-reset", String.valueOf(NOW.getEpochSecond() + 3600)));
        github.on(PAGE_2, json(200, "[" + repository("design-system-fork", "main", false, true, "react") + ","
                        + repository("team-wiki", "main", false, false, "docs") + "]",
                "Link", "<" + base + PAGE_1 + ">; rel=\"prev\", <" + base + PAGE_1 + ">; rel=\"first\""));
        github.on(STOREFRONT_FILE, json(200, contents("catalog-info.yaml", STOREFRONT_YAML)));
        github.on(ROUTE_FILE, json(200, contents("catalog-info.yaml", ROUTE_YAML)));
        github.on(FORK_FILE, json(200, contents("catalog-info.yaml", "kind: Component\n")));
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Test
    void followsTheLinkHeaderAndDecodesEachDescriptor() {
        DiscoveryResult result = discovery(options()).discover();

        assertThat(github.targets()).containsExactly(PAGE_1, PAGE_2, STOREFRONT_FILE, ROUTE_FILE, FORK_FILE, WIKI_FILE);
        assertThat(result.repositories()).hasSize(3);
        assertThat(result.repositories().getFirst()).isEqualTo(new DiscoveredRepository(
                DiscoveredRepository.Provider.GITHUB, "larkspur/storefront-web", "larkspur/storefront-web", URI.create("https://github.com/larkspur/storefront-web"), "main", "main",
                List.of(new DiscoveredFile("catalog-info.yaml", STOREFRONT_YAML.getBytes(StandardCharsets.UTF_8)))));
        assertThat(result.repositories().get(1).ref()).isEqualTo("trunk");
        assertThat(result.repositories().getFirst().fileUrl("catalog-info.yaml"))
                .isEqualTo(URI.create("https://github.com/larkspur/storefront-web/blob/main/catalog-info.yaml"));
        assertThat(result.listed()).isEqualTo(5);
        assertThat(result.filteredOut()).as("the archived one").isEqualTo(1);
        assertThat(result.withoutDescriptor()).as("the wiki").isEqualTo(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void sendsGitHubsHeadersOnEveryRequest() {
        discovery(options()).discover();

        assertThat(github.requests()).allSatisfy(request -> {
            assertThat(request.header("Accept")).isEqualTo("application/vnd.github+json");
            assertThat(request.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        });
    }

    @Test
    void filtersByNameTopicsForksAndArchivedLikeBackstage() {
        DiscoveryResult result = discovery(options().withArchivedAndForks(false, true)
                .withRepositoryFilter(Pattern.compile("^(storefront|old|route|design)"), List.of("nextjs", "legacy", "react",
                        "python"), List.of("python"))).discover();

        assertThat(github.targets()).containsExactly(PAGE_1, PAGE_2, STOREFRONT_FILE,
                "/repos/larkspur/old-checkout/contents/catalog-info.yaml?ref=main");
        assertThat(result.filteredOut()).as("route-planner by topic, the fork, the wiki by name").isEqualTo(3);
    }

    @Test
    void aFileOverOneMegabyteIsFetchedAgainRaw() {
        byte[] big = ("apiVersion: backstage.io/v1alpha1\nkind: Component\n# " + "x".repeat(1_100_000) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        github.replace(STOREFRONT_FILE, json(200, "{\"type\":\"file\",\"encoding\":\"none\",\"size\":" + big.length
                + ",\"name\":\"catalog-info.yaml\",\"path\":\"catalog-info.yaml\",\"content\":\"\",\"sha\":\"3d21ec53\"}"),
                raw(200, big, "application/vnd.github.raw+json"));

        DiscoveryResult result = discovery(options()).discover();

        assertThat(result.repositories().getFirst().files().getFirst().bytes()).isEqualTo(big);
        List<StubServer.Request> storefront = github.requests().stream()
                .filter(r -> r.target().equals(STOREFRONT_FILE)).toList();
        assertThat(storefront).extracting(r -> r.header("Accept"))
                .containsExactly("application/vnd.github+json", "application/vnd.github.raw+json");
    }

    @Test
    void waitsOutASecondaryRateLimitAsRetryAfterSays() {
        github.replace(ROUTE_FILE, json(403, "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few "
                        + "minutes before you try again.\"}", "retry-after", "30"),
                json(200, contents("catalog-info.yaml", ROUTE_YAML)));

        DiscoveryResult result = discovery(options()).discover();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
        assertThat(github.targets().stream().filter(ROUTE_FILE::equals)).hasSize(2);
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug).contains("larkspur/route-planner");
    }

    @Test
    void waitsForThePrimaryLimitToResetWhenTheQuotaIsUsedUp() {
        github.replace(PAGE_2, json(403, "{\"message\":\"API rate limit exceeded for user ID 1.\"}",
                        "x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0",
                        "x-ratelimit-reset", String.valueOf(NOW.getEpochSecond() + 95)),
                json(200, "[]"));

        discovery(options()).discover();

        // The reset second is rounded down: one more second makes sure the quota is back.
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(96));
    }

    @Test
    void aSecondaryLimitWithoutHintsWaitsAMinuteThenLonger() {
        github.replace(WIKI_FILE, json(429, "{\"message\":\"You have exceeded a secondary rate limit.\"}"),
                json(429, "{\"message\":\"You have exceeded a secondary rate limit.\"}"),
                json(404, "{\"message\":\"Not Found\"}"));

        DiscoveryResult result = discovery(options()).discover();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(120));
        assertThat(result.withoutDescriptor()).isEqualTo(1);
    }

    @Test
    void aForbiddenRepositoryIsAProblemAndNotRetried() {
        github.replace(FORK_FILE, json(403, "{\"message\":\"Resource not accessible by personal access token\"}"));

        DiscoveryResult result = discovery(options()).discover();

        assertThat(sleeper.waits()).isEmpty();
        assertThat(github.targets().stream().filter(FORK_FILE::equals)).hasSize(1);
        assertThat(result.problems()).containsExactly(new DiscoveryProblem("larkspur/design-system-fork", "catalog-info.yaml",
                "GitHub answered 403 for catalog-info.yaml at main: Resource not accessible by personal access token"));
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        github.replace(PAGE_1, json(200, "[]", "Link", "<https://evil.example.com/orgs/larkspur/repos?page=2>; rel=\"next\""));

        assertThatThrownBy(() -> discovery(options()).discover()).isInstanceOf(DiscoveryException.class)
                .hasMessage("GitHub's next-page link https://evil.example.com/orgs/larkspur/repos?page=2 leaves "
                        + github.base() + "; not following it");
        assertThat(github.targets()).containsExactly(PAGE_1);
    }

    @Test
    void readsOtherFilesOfARepositoryAtItsRef() {
        github.on("/repos/larkspur/route-planner/contents/docs/openapi.yaml?ref=trunk",
                json(200, contents("docs/openapi.yaml", "openapi: 3.1.0\n")));
        GitHubDiscovery discovery = discovery(options());
        DiscoveredRepository route = discovery.discover().repositories().get(1);

        assertThat(discovery.readFile(route, "docs/openapi.yaml")).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("openapi: 3.1.0\n"));
        assertThat(discovery.readFile(route, "docs/none.yaml")).isEmpty();
    }

    /** A repository as {@code GET /orgs/{org}/repos} returns it (a subset of its fields). */
    @Test
    void aGlobFindsDescriptorsAnywhereInTheTreeAsBackstagesCatalogPathDoes() {
        github.on("/repos/larkspur/storefront-web/git/trees/main?recursive=1", json(200, """
                {"sha":"9fb037999f264ba9a7fc6274d15fa3ae2ab98312","truncated":false,"tree":[
                  {"path":"catalog-info.yaml","mode":"100644","type":"blob","size":120},
                  {"path":"services","mode":"040000","type":"tree"},
                  {"path":"services/cart","mode":"040000","type":"tree"},
                  {"path":"services/cart/catalog-info.yaml","mode":"100644","type":"blob","size":90},
                  {"path":"services/cart/README.md","mode":"100644","type":"blob","size":10},
                  {"path":"docs/catalog-info.yml","mode":"100644","type":"blob","size":10}]}
                """));
        github.on("/repos/larkspur/storefront-web/contents/services/cart/catalog-info.yaml?ref=main",
                json(200, contents("services/cart/catalog-info.yaml", "kind: Component\n")));
        github.on("/repos/larkspur/route-planner/git/trees/trunk?recursive=1", json(200,
                "{\"sha\":\"1\",\"truncated\":false,\"tree\":[{\"path\":\"src/app.py\",\"type\":\"blob\"}]}"));
        github.on("/repos/larkspur/team-wiki/git/trees/main?recursive=1", json(409,
                "{\"message\":\"Git Repository is empty.\"}"));

        DiscoveryResult result = discovery(options().withDescriptorPaths(List.of("/**/catalog-info.yaml")))
                .discover();

        assertThat(result.problems()).isEmpty();
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug)
                .containsExactly("larkspur/storefront-web");
        assertThat(result.repositories().getFirst().files()).extracting(DiscoveredFile::path)
                .containsExactly("catalog-info.yaml", "services/cart/catalog-info.yaml");
        assertThat(github.targets()).doesNotContain(
                "/repos/larkspur/storefront-web/contents/services/cart/README.md?ref=main",
                "/repos/larkspur/storefront-web/contents/docs/catalog-info.yml?ref=main",
                "/repos/larkspur/route-planner/contents/catalog-info.yaml?ref=trunk");
        assertThat(result.withoutDescriptor()).as("route-planner, the fork (no such ref: 404), the empty wiki")
                .isEqualTo(3);
    }

    @Test
    void aTruncatedTreeIsAProblemSoTheRepositoryKeepsItsEntities() {
        github.on("/repos/larkspur/storefront-web/git/trees/main?recursive=1", json(200,
                "{\"sha\":\"1\",\"truncated\":true,\"tree\":[{\"path\":\"catalog-info.yaml\",\"type\":\"blob\"}]}"));

        DiscoveryResult result = discovery(options().withDescriptorPaths(List.of("services/*/catalog-info.yaml")))
                .discover();

        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.slug()).isEqualTo("larkspur/storefront-web");
            assertThat(problem.message()).contains("truncated");
        });
        assertThat(result.repositories()).extracting(DiscoveredRepository::slug)
                .doesNotContain("larkspur/storefront-web");
    }

    private static String repository(String name, String defaultBranch, boolean archived, boolean fork, String topic) {
        return "{\"id\":" + Math.abs(name.hashCode()) + ",\"name\":\"" + name + "\",\"full_name\":\"larkspur/" + name
                + "\",\"private\":true,\"html_url\":\"https://github.com/larkspur/" + name + "\",\"fork\":" + fork
                + ",\"archived\":" + archived + ",\"disabled\":false,\"visibility\":\"private\",\"default_branch\":\""
                + defaultBranch + "\",\"topics\":[\"" + topic + "\"]}";
    }

    /** A file as {@code GET /repos/{owner}/{repo}/contents/{path}} returns it: base64 in lines of 60, as GitHub wraps it. */
    private static String contents(String path, String text) {
        String base64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        String wrapped = base64.replaceAll("(.{60})", "$1\\\\n");
        return "{\"type\":\"file\",\"encoding\":\"base64\",\"size\":" + text.length() + ",\"name\":\""
                + path.substring(path.lastIndexOf('/') + 1) + "\",\"path\":\"" + path + "\",\"content\":\"" + wrapped
                + "\",\"sha\":\"3d21ec53a331a6f037a91c368710b99387d012c1\"}";
    }

    private GitHubDiscoveryOptions options() {
        return GitHubDiscoveryOptions.forOrganization("larkspur").withApiUrl(github.base())
                .withLimits(1, GitLabDiscoveryOptions.DEFAULT_MAX_FILE_BYTES, RetryPolicy.DEFAULT);
    }

    private GitHubDiscovery discovery(GitHubDiscoveryOptions options) {
        return new GitHubDiscovery(options, AccessToken.fromEnvironment("GITHUB_TOKEN", Map.of("GITHUB_TOKEN", TOKEN)::get),
                HttpClient.newHttpClient(), sleeper, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
