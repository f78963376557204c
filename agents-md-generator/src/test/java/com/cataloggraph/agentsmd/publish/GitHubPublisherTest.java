package com.cataloggraph.agentsmd.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.analysis.TempRepository;
import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.agentsmd.draft.Draft;
import com.cataloggraph.agentsmd.draft.DraftSection;
import com.cataloggraph.agentsmd.publish.github.GitHubPublisher;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.RequestPacing;
import com.cataloggraph.codehosts.http.RetryPolicy;
import com.cataloggraph.agentsmd.publish.stub.GitHubStub;
import com.cataloggraph.agentsmd.publish.stub.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The GitHub publisher against a local stub of GitHub's REST API, asserting the exact requests. */
class GitHubPublisherTest {

    private static final String REPO = "/repos/acme/checkout-web";
    private static final String BRANCH = "catalog-graph/agents-md";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Draft v1 = new Draft(List.of(new DraftSection("Commands", List.of("- Test: `pnpm run test`"))));
    private final Draft v2 = new Draft(List.of(new DraftSection("Commands", List.of("- Test: `pnpm run test:unit`"))));
    private final FakeTime time = new FakeTime(Instant.parse("2026-03-01T10:00:00Z"));
    private GitHubStub github;
    private Checkout checkout;

    @BeforeEach
    void start(@TempDir Path dir) {
        github = new GitHubStub().repo("acme/checkout-web", "main", Map.of("README.md", "# Checkout\n"))
                .collaborator("alice-gh");
        new TempRepository(dir.resolve("checkout-web")).file(".git/config",
                "[remote \"origin\"]\n\turl = https://github.com/acme/checkout-web.git\n");
        checkout = Checkout.at(dir.resolve("checkout-web"), "origin");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void opensAPullRequestThroughBlobTreeCommitAndRef() throws Exception {
        String base = github.refSha("acme/checkout-web", "main");

        PublishResult result = publisher().publish(request(v1, List.of(alice())));

        assertThat(result).isEqualTo(new PublishResult(PublishOutcome.OPENED,
                "https://github.com/acme/checkout-web/pull/1", "pull request #1 opened"));
        assertThat(github.targets()).containsExactly(
                "GET " + REPO,
                "GET " + REPO + "/pulls?state=open&head=acme%3Acatalog-graph%2Fagents-md&base=main&per_page=100",
                "GET " + REPO + "/git/ref/heads/main",
                "GET " + REPO + "/git/ref/heads/catalog-graph/agents-md",
                "GET " + REPO + "/contents/AGENTS.md?ref=main",
                "GET " + REPO + "/git/commits/" + base,
                "POST " + REPO + "/git/blobs",
                "POST " + REPO + "/git/trees",
                "POST " + REPO + "/git/commits",
                "POST " + REPO + "/git/refs",
                "POST " + REPO + "/pulls",
                "POST " + REPO + "/issues/1/labels",
                "POST " + REPO + "/pulls/1/requested_reviewers");
        List<RecordedRequest> requests = github.requests();
        String content = "# AGENTS.md\n\n" + v1.block() + "\n";
        assertThat(requests.get(6).body()).isEqualTo(json(Map.of("content", content, "encoding", "utf-8")));
        String blob = requests.get(7).body().get("tree").get(0).get("sha").stringValue();
        assertThat(requests.get(7).body()).isEqualTo(json(Map.of("base_tree", requests.get(7).body().get("base_tree")
                .stringValue(), "tree", List.of(Map.of("path", "AGENTS.md", "mode", "100644", "type", "blob", "sha", blob)))));
        assertThat(requests.get(8).body().get("parents")).isEqualTo(json(List.of(base)));
        assertThat(requests.get(9).body().get("ref").stringValue()).isEqualTo("refs/heads/" + BRANCH);
        assertThat(requests.get(10).body()).isEqualTo(json(Map.of("title", "Add AGENTS.md for coding agents",
                "head", BRANCH, "base", "main", "body", "What changed and why.")));
        assertThat(requests.get(11).body()).isEqualTo(json(Map.of("labels", List.of("agents-md"))));
        assertThat(requests.get(12).body()).isEqualTo(json(Map.of("reviewers", List.of("alice-gh"),
                "team_reviewers", List.of("payments"))));
        assertThat(github.file("acme/checkout-web", BRANCH, "AGENTS.md")).isEqualTo(content);
        assertThat(github.file("acme/checkout-web", BRANCH, "README.md")).isEqualTo("# Checkout\n");
        assertThat(github.parents("acme/checkout-web", github.refSha("acme/checkout-web", BRANCH))).containsExactly(base);
    }

    @Test
    void aSecondRunWithTheSameDraftOnlyReads() {
        GitHubPublisher publisher = publisher();
        publisher.publish(request(v1, List.of()));
        github.clearRequests();

        PublishResult again = publisher.publish(request(v1, List.of()));

        assertThat(again).isEqualTo(new PublishResult(PublishOutcome.UNCHANGED,
                "https://github.com/acme/checkout-web/pull/1", "pull request #1 already proposes this draft"));
        assertThat(github.targets()).allMatch(target -> target.startsWith("GET "))
                .contains("GET " + REPO + "/contents/AGENTS.md?ref=catalog-graph%2Fagents-md");
        assertThat(github.pulls("acme/checkout-web")).hasSize(1);
    }

    @Test
    void aChangedDraftFastForwardsTheOpenPullRequestsBranchAndUpdatesIt() {
        GitHubPublisher publisher = publisher();
        publisher.publish(request(v1, List.of()));
        String previous = github.refSha("acme/checkout-web", BRANCH);
        github.clearRequests();

        PublishResult result = publisher.publish(request(v2, List.of()));

        assertThat(result).isEqualTo(new PublishResult(PublishOutcome.UPDATED,
                "https://github.com/acme/checkout-web/pull/1", "pull request #1 updated"));
        assertThat(github.targets()).containsSubsequence("GET " + REPO + "/git/commits/" + previous,
                "POST " + REPO + "/git/commits", "PATCH " + REPO + "/git/refs/heads/catalog-graph/agents-md",
                "PATCH " + REPO + "/pulls/1");
        RecordedRequest move = github.requests().stream().filter(r -> r.target().startsWith("PATCH " + REPO + "/git/refs"))
                .findFirst().orElseThrow();
        assertThat(move.body().get("force").asBoolean()).isFalse();
        assertThat(github.parents("acme/checkout-web", github.refSha("acme/checkout-web", BRANCH))).containsExactly(previous);
        assertThat(github.pulls("acme/checkout-web")).hasSize(1);
    }

    @Test
    void aPullRequestSomeoneOpenedFromTheBranchIsUpdatedNotDuplicated() {
        github.openPullRequest("acme/checkout-web", BRANCH, "main");

        PublishResult result = publisher().publish(request(v1, List.of()));

        assertThat(result.detail()).isEqualTo("pull request #1 updated");
        assertThat(github.pulls("acme/checkout-web")).hasSize(1);
        assertThat(github.targets()).noneMatch(target -> target.equals("POST " + REPO + "/pulls"));
    }

    @Test
    void aLeftoverBranchWithoutAnOpenPullRequestIsResetFromTheBase() {
        github.branch("acme/checkout-web", BRANCH, Map.of("AGENTS.md", "old\n"));
        String base = github.refSha("acme/checkout-web", "main");

        PublishResult result = publisher().publish(request(v1, List.of()));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.OPENED);
        RecordedRequest move = github.requests().stream().filter(r -> r.target().startsWith("PATCH " + REPO + "/git/refs"))
                .findFirst().orElseThrow();
        assertThat(move.body().get("force").asBoolean()).isTrue();
        assertThat(github.parents("acme/checkout-web", github.refSha("acme/checkout-web", BRANCH))).containsExactly(base);
        assertThat(github.file("acme/checkout-web", BRANCH, "AGENTS.md")).isEqualTo("# AGENTS.md\n\n" + v1.block() + "\n");
        assertThat(github.pulls("acme/checkout-web")).hasSize(1);
    }

    @Test
    void reviewersWhoAreNotCollaboratorsDoNotFailThePullRequest() {
        PublishResult result = publisher().publish(request(v1, List.of(new Reviewer("user:default/zed", "zed", Map.of()))));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.OPENED);
        assertThat(result.detail()).isEqualTo("pull request #1 opened; reviewers not requested: Reviews may only be "
                + "requested from collaborators. One or more of the users or teams you specified is not a collaborator "
                + "of the acme/checkout-web repository.");
    }

    @Test
    void aPrimaryRateLimitWaitsUntilTheResetTime() {
        long reset = time.instant().plusSeconds(30).getEpochSecond();
        github.interruptNext("POST " + REPO + "/git/blobs", 403, Map.of("x-ratelimit-remaining", "0",
                "x-ratelimit-reset", String.valueOf(reset)), "{\"message\":\"API rate limit exceeded\"}");

        assertThat(publisher().publish(request(v1, List.of())).outcome()).isEqualTo(PublishOutcome.OPENED);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(31));
    }

    @Test
    void aSecondaryRateLimitWithoutHeadersWaitsAMinute() {
        github.interruptNext("POST " + REPO + "/pulls", 403, Map.of(),
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}");

        assertThat(publisher().publish(request(v1, List.of())).outcome()).isEqualTo(PublishOutcome.OPENED);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(60));
    }

    private GitHubPublisher publisher() {
        JsonApi api = new JsonApi(HostClient.builder("GitHub", github.baseUri()).headers(Map.of("Authorization", GitHubStub.TOKEN))
                .pacing(new RequestPacing(Duration.ZERO, time, time))
                .retry(new RetryPolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1))).time(time, time).build());
        return new GitHubPublisher(api, 3);
    }

    private PublishRequest request(Draft draft, List<Reviewer> reviewers) {
        ChangeRequest change = new ChangeRequest(BRANCH, "Add AGENTS.md for coding agents", "What changed and why.",
                "Add AGENTS.md\n", List.of("agents-md"));
        return new PublishRequest(checkout, "AGENTS.md", draft, change, reviewers, reviewers.isEmpty() ? null : "payments");
    }

    private static Reviewer alice() {
        return new Reviewer("user:default/alice", "alice", Map.of("github.com/user-login", "alice-gh"));
    }

    private static JsonNode json(Object value) {
        return JSON.readTree(JSON.writeValueAsString(value));
    }
}
