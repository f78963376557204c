package com.cataloggraph.agentsmd.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportMarkdownTest {

    private static final RunRecord RUN = new RunRecord("agents-md-20261207T003000Z-abc123", "finished", "gitlab", false,
            "gitlab:acme", List.of("owner=group:default/payments-team"), 4, null, "2026-12-07T00:30:00Z",
            "2026-12-07T00:31:00Z", null);

    @Test
    void listsCountsHostCostAndOnlyTheRepositoriesThatNeedAttention() {
        List<RepositoryOutcome> outcomes = List.of(
                new RepositoryOutcome("acme/ledger", RepositoryState.OPENED, "merge request !7 opened",
                        "https://gitlab.example.com/acme/ledger/-/merge_requests/7", "0123456789abcdef", List.of()),
                new RepositoryOutcome("acme/quiet", RepositoryState.UNCHANGED, "AGENTS.md on main is already up to date",
                        null, "0123456789abcdef", List.of()),
                new RepositoryOutcome("acme/web", RepositoryState.DRAFTED, "drafted", null, "fedcba9876543210",
                        List.of("package.json:3: not JSON")),
                new RepositoryOutcome("acme/old", RepositoryState.FAILED, "GET /projects/acme%2Fold|tree failed\n(500)",
                        null, null, List.of()));
        RunReport report = new RunReport(RUN, RunReport.countsOf(outcomes), 60.0, 0.07, new HostActivity(42, 2),
                outcomes);

        assertThat(RunReportMarkdown.render(report)).isEqualTo("""
                # AGENTS.md run agents-md-20261207T003000Z-abc123

                - Status: finished
                - Repositories: gitlab:acme, selected by owner=group:default/payments-team
                - Publisher: gitlab
                - Started 2026-12-07T00:30:00Z, finished 2026-12-07T00:31:00Z; 60.0 s, 0.07 repositories/s
                - Host: 42 requests, 2 rate-limit waits

                | state | repositories |
                |---|---:|
                | drafted | 1 |
                | unchanged | 1 |
                | opened | 1 |
                | updated | 0 |
                | skipped | 0 |
                | failed | 1 |

                | repository | state | what happened | problems |
                |---|---|---|---|
                | acme/ledger | opened | [merge request !7 opened](https://gitlab.example.com/acme/ledger/-/merge_requests/7) |  |
                | acme/web | drafted | drafted | package.json:3: not JSON |
                | acme/old | failed | GET /projects/acme%2Fold\\|tree failed (500) |  |
                """);
    }

    @Test
    void aDryRunOverCheckoutsNamesNoPublisherAndNoHost() {
        RunRecord dry = new RunRecord("agents-md-x", "running", "local", true, "/srv/repos", List.of(), 1, "/tmp/out",
                "2026-12-07T00:30:00Z", null, null);
        RunReport report = new RunReport(dry, RunReport.countsOf(List.of()), 0.5, 0.0, null, List.of());

        assertThat(RunReportMarkdown.render(report)).startsWith("""
                # AGENTS.md run agents-md-x

                - Status: running
                - Repositories: /srv/repos
                - Publisher: none (dry run)
                - Started 2026-12-07T00:30:00Z; 0.5 s, 0.0 repositories/s

                | state | repositories |
                """).doesNotContain("| repository |");
    }
}
