package com.cataloggraph.agentsmd.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.agentsmd.analysis.TempRepository;
import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.agentsmd.draft.Draft;
import com.cataloggraph.agentsmd.draft.DraftSection;
import com.cataloggraph.agentsmd.publish.gitlab.GitLabPublisher;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.RequestPacing;
import com.cataloggraph.codehosts.http.RetryPolicy;
import com.cataloggraph.agentsmd.publish.stub.GitLabStub;
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
import tools.jackson.databind.json.JsonMapper;

/** The GitLab publisher against a local stub of GitLab's REST API, asserting the exact requests. */
class GitLabPublisherTest {

    private static final String PROJECT = "/api/v4/projects/acme%2Fledger";
    private static final String BRANCH = "catalog-graph/agents-md";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Draft v1 = new Draft(List.of(new DraftSection("Commands", List.of("- Test: `make test`"))));
    private final Draft v2 = new Draft(List.of(new DraftSection("Commands", List.of("- Test: `go test ./...`"))));
    private final FakeTime time = new FakeTime(Instant.parse("2026-03-01T10:00:00Z"));
    private GitLabStub gitlab;
    private Checkout checkout;

    @BeforeEach
    void start(@TempDir Path dir) {
        gitlab = new GitLabStub().project("acme/ledger", "main", Map.of("README.md", "# Ledger\n"))
                .user(11, "alice", "active").user(12, "robert", "active").user(13, "dave", "blocked");
        new TempRepository(dir.resolve("ledger")).file(".git/config",
                "[remote \"origin\"]\n\turl = git@gitlab.example.com:acme/ledger.git\n");
        checkout = Checkout.at(dir.resolve("ledger"), "origin");
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void opensAMergeRequestWithBranchAndCommitCreatedInOneCall() throws Exception {
        PublishResult result = publisher(Duration.ZERO).publish(request(v1));

        assertThat(result).isEqualTo(new PublishResult(PublishOutcome.OPENED,
                "https://gitlab.example.com/acme/ledger/-/merge_requests/1", "merge request !1 opened"));
        assertThat(gitlab.targets()).containsExactly(
                "GET " + PROJECT,
                "GET " + PROJECT + "/merge_requests?state=opened&source_branch=catalog-graph%2Fagents-md&per_page=100",
                "GET " + PROJECT + "/repository/files/AGENTS.md?ref=main",
                "POST " + PROJECT + "/repository/commits",
                "GET /api/v4/users?username=alice",
                "GET /api/v4/users?username=robert",
                "GET /api/v4/users?username=dave",
                "GET /api/v4/users?username=carol",
                "POST " + PROJECT + "/merge_requests");
        List<RecordedRequest> requests = gitlab.requests();
        String content = "# AGENTS.md\n\n" + v1.block() + "\n";
        assertThat(requests.get(3).body()).isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                "branch", BRANCH, "start_branch", "main", "force", true, "commit_message", "Add AGENTS.md\n\nWhy.\n",
                "actions", List.of(Map.of("action", "create", "file_path", "AGENTS.md", "content", content))))));
        assertThat(requests.get(8).body()).isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                "source_branch", BRANCH, "target_branch", "main", "title", "Add AGENTS.md for coding agents",
                "description", "What changed and why.", "labels", "agents-md,catalog-graph",
                "reviewer_ids", List.of(11, 12), "remove_source_branch", true))));
        assertThat(gitlab.file("acme/ledger", BRANCH, "AGENTS.md")).isEqualTo(content);
        assertThat(gitlab.file("acme/ledger", BRANCH, "README.md")).isEqualTo("# Ledger\n");
    }

    @Test
    void aSecondRunWithTheSameDraftOpensNothingAndWritesNothing() {
        GitLabPublisher publisher = publisher(Duration.ZERO);
        publisher.publish(request(v1));
        gitlab.clearRequests();

        PublishResult again = publisher.publish(request(v1));

        assertThat(again).isEqualTo(new PublishResult(PublishOutcome.UNCHANGED,
                "https://gitlab.example.com/acme/ledger/-/merge_requests/1", "merge request !1 already proposes this draft"));
        assertThat(gitlab.targets()).containsExactly(
                "GET " + PROJECT,
                "GET " + PROJECT + "/merge_requests?state=opened&source_branch=catalog-graph%2Fagents-md&per_page=100",
                "GET " + PROJECT + "/repository/files/AGENTS.md?ref=catalog-graph%2Fagents-md");
        assertThat(gitlab.mergeRequests()).hasSize(1);
    }

    @Test
    void aChangedDraftIsCommittedToTheOpenMergeRequestWhichIsUpdatedNotDuplicated() throws Exception {
        GitLabPublisher publisher = publisher(Duration.ZERO);
        publisher.publish(request(v1));
        gitlab.clearRequests();

        PublishResult result = publisher.publish(request(v2));

        assertThat(result).isEqualTo(new PublishResult(PublishOutcome.UPDATED,
                "https://gitlab.example.com/acme/ledger/-/merge_requests/1", "merge request !1 updated"));
        assertThat(gitlab.targets()).containsExactly(
                "GET " + PROJECT,
                "GET " + PROJECT + "/merge_requests?state=opened&source_branch=catalog-graph%2Fagents-md&per_page=100",
                "GET " + PROJECT + "/repository/files/AGENTS.md?ref=catalog-graph%2Fagents-md",
                "POST " + PROJECT + "/repository/commits",
                "PUT " + PROJECT + "/merge_requests/1");
        assertThat(gitlab.requests().get(3).body()).isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                "branch", BRANCH, "commit_message", "Add AGENTS.md\n\nWhy.\n", "actions", List.of(Map.of(
                        "action", "update", "file_path", "AGENTS.md", "content", "# AGENTS.md\n\n" + v2.block() + "\n"))))));
        assertThat(gitlab.requests().get(4).body()).isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                "title", "Add AGENTS.md for coding agents", "description", "What changed and why.",
                "add_labels", "agents-md,catalog-graph"))));
        assertThat(gitlab.mergeRequests()).hasSize(1);
    }

    @Test
    void theOpenMergeRequestIsFoundOnALaterPage() {
        gitlab.pageSize(1).openMergeRequest("acme/ledger", BRANCH, "release").openMergeRequest("acme/ledger", BRANCH, "main");

        PublishResult result = publisher(Duration.ZERO).publish(request(v1));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.UPDATED);
        assertThat(result.detail()).isEqualTo("merge request !2 updated");
        assertThat(gitlab.targets()).containsSubsequence(
                "GET " + PROJECT + "/merge_requests?state=opened&source_branch=catalog-graph%2Fagents-md&per_page=100",
                "GET " + PROJECT + "/merge_requests?state=opened&source_branch=catalog-graph%2Fagents-md&per_page=1&page=2",
                "GET " + PROJECT + "/repository/files/AGENTS.md?ref=catalog-graph%2Fagents-md",
                "PUT " + PROJECT + "/merge_requests/2");
        assertThat(gitlab.mergeRequests()).hasSize(2);
    }

    @Test
    void a429WaitsAsLongAsRetryAfterSaysThenRetries() {
        gitlab.interruptNext("POST " + PROJECT + "/merge_requests", 429,
                Map.of("Retry-After", "7", "RateLimit-Remaining", "0"), "Retry later");

        PublishResult result = publisher(Duration.ZERO).publish(request(v1));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.OPENED);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(gitlab.targets().stream().filter(t -> t.equals("POST " + PROJECT + "/merge_requests"))).hasSize(2);
    }

    @Test
    void aRateLimitLongerThanTheAllowedWaitFailsWithAMessageInsteadOfBlocking() {
        gitlab.interruptNext("GET " + PROJECT, 429, Map.of("Retry-After", "3600"), "Retry later");

        assertThatThrownBy(() -> publisher(Duration.ZERO).publish(request(v1))).isInstanceOf(PublishException.class)
                .hasMessage("GitLab GET /projects/acme%2Fledger is rate limited for 3600 s, longer than the 900 s "
                        + "allowed (catalog.agents-md.max-retry-wait); resume the run later");
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void contentCreatingRequestsArePacedAcrossTheRun() {
        publisher(Duration.ofSeconds(2)).publish(request(v1));

        // The commit goes at once; the merge request waits out the two seconds since it.
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aBlockEditedByHandOnTheDefaultBranchIsSkippedWithoutWriting() {
        gitlab.project("acme/ledger", "main", Map.of("AGENTS.md", "# AGENTS.md\n\n" + v1.block().replace("make", "mk") + "\n"));

        PublishResult result = publisher(Duration.ZERO).publish(request(v2));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.SKIPPED);
        assertThat(result.detail()).startsWith("the generated block was edited by hand");
        assertThat(gitlab.targets()).noneMatch(target -> target.startsWith("POST") || target.startsWith("PUT"));
    }

    @Test
    void anUnknownProjectFailsNamingTheRequestAndGitLabsAnswer() {
        gitlab.close();
        gitlab = new GitLabStub();

        assertThatThrownBy(() -> publisher(Duration.ZERO).publish(request(v1))).isInstanceOf(PublishException.class)
                .hasMessage("GitLab GET /projects/acme%2Fledger answered 404: 404 Project Not Found");
    }

    private GitLabPublisher publisher(Duration pacing) {
        JsonApi api = new JsonApi(HostClient.builder("GitLab", gitlab.apiUri()).headers(Map.of("PRIVATE-TOKEN", GitLabStub.TOKEN))
                .pacing(new RequestPacing(pacing, time, time))
                .retry(new RetryPolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1))).time(time, time).build());
        return new GitLabPublisher(api, 3);
    }

    private PublishRequest request(Draft draft) {
        ChangeRequest change = new ChangeRequest(BRANCH, "Add AGENTS.md for coding agents", "What changed and why.",
                "Add AGENTS.md\n\nWhy.\n", List.of("agents-md", "catalog-graph"));
        List<Reviewer> reviewers = List.of(
                new Reviewer("user:default/alice", "alice", Map.of()),
                new Reviewer("user:default/bob", "bob", Map.of("gitlab.com/user-login", "https://gitlab.example.com/robert")),
                new Reviewer("user:default/dave", "dave", Map.of()),
                new Reviewer("user:default/carol", "carol", Map.of()));
        return new PublishRequest(checkout, "AGENTS.md", draft, change, reviewers, null);
    }
}
