package com.cataloggraph.agentsmd.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.agentsmd.publish.stub.GitHubStub;
import com.cataloggraph.agentsmd.publish.stub.GitLabStub;
import com.cataloggraph.agentsmd.source.HostReaders;
import com.cataloggraph.codehosts.http.JsonApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One drift comment per merge request, updated in place, against stub note and comment APIs. */
class MergeRequestCommentTest {

    private static final String STALE = DriftReport.COMMENT_MARKER + "\n### ⚠️ AGENTS.md is stale\n";
    private static final String CURRENT = DriftReport.COMMENT_MARKER + "\n### ✅ AGENTS.md is updated\n";

    @Test
    void onGitLabTheFirstStaleReportCreatesANoteAndLaterReportsEditIt() {
        try (GitLabStub gitlab = new GitLabStub().pageSize(2)) {
            gitlab.project("acme/ledger", "main", Map.of("README.md", "x")).openMergeRequest("acme/ledger", "feature",
                    "main");
            gitlab.note("acme/ledger", 1, "alice", "Looks good").note("acme/ledger", 1, "bob", "One question")
                    .note("acme/ledger", 1, "carol", "Answered");
            MergeRequestComment comment = MergeRequestComment.on("gitlab:acme/ledger!1", kind -> api(gitlab, null));

            assertThat(comment.put(STALE, true)).isEqualTo(MergeRequestComment.Outcome.CREATED);
            assertThat(comment.put(STALE, true)).isEqualTo(MergeRequestComment.Outcome.UNCHANGED);
            assertThat(comment.put(CURRENT, false)).isEqualTo(MergeRequestComment.Outcome.UPDATED);

            List<Map<String, Object>> notes = gitlab.notes("acme/ledger", 1);
            assertThat(notes).extracting(note -> note.get("body")).containsExactly("Looks good", "One question",
                    "Answered", CURRENT);
            assertThat(gitlab.targets()).filteredOn(t -> !t.startsWith("GET")).containsExactly(
                    "POST /api/v4/projects/acme%2Fledger/merge_requests/1/notes",
                    "PUT /api/v4/projects/acme%2Fledger/merge_requests/1/notes/" + notes.get(3).get("id"));
        }
    }

    @Test
    void anAllClearIsNotPostedWhereNoWarningWas() {
        try (GitLabStub gitlab = new GitLabStub()) {
            gitlab.project("acme/ledger", "main", Map.of("README.md", "x")).openMergeRequest("acme/ledger", "feature",
                    "main");

            MergeRequestComment.Outcome outcome = MergeRequestComment.on("gitlab:acme/ledger!1",
                    kind -> api(gitlab, null)).put(CURRENT, false);

            assertThat(outcome).isEqualTo(MergeRequestComment.Outcome.NOT_NEEDED);
            assertThat(gitlab.notes("acme/ledger", 1)).isEmpty();
        }
    }

    @Test
    void onGitHubTheCommentOnThePullRequestIsPatchedNotRepeated() {
        try (GitHubStub github = new GitHubStub().pageSize(1)) {
            github.repo("acme/ledger", "main", Map.of("README.md", "x")).openPullRequest("acme/ledger", "feature",
                    "main");
            github.comment("acme/ledger", 1, "alice", "Please add tests");
            MergeRequestComment comment = MergeRequestComment.on("github:acme/ledger#1", kind -> api(null, github));

            comment.put(STALE, true);
            comment.put(CURRENT, false);

            assertThat(github.comments("acme/ledger", 1)).extracting(c -> c.get("body"))
                    .containsExactly("Please add tests", CURRENT);
            assertThat(github.targets()).filteredOn(t -> !t.startsWith("GET")).containsExactly(
                    "POST /repos/acme/ledger/issues/1/comments",
                    "PATCH /repos/acme/ledger/issues/comments/2");
        }
    }

    @Test
    void aTargetOfAnotherFormIsRefusedWithTheForms() {
        assertThatThrownBy(() -> MergeRequestComment.on("acme/ledger!1", kind -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--comment takes gitlab:GROUP/PROJECT!IID or github:OWNER/REPO#NUMBER, was 'acme/ledger!1'");
    }

    private static JsonApi api(GitLabStub gitlab, GitHubStub github) {
        return gitlab != null ? HostReaders.gitlab(gitlab) : HostReaders.github(github);
    }
}
