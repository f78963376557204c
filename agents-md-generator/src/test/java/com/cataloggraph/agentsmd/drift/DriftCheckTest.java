package com.cataloggraph.agentsmd.drift;

import static com.cataloggraph.agentsmd.publish.GitRepositories.commitAll;
import static com.cataloggraph.agentsmd.publish.GitRepositories.git;
import static com.cataloggraph.agentsmd.publish.GitRepositories.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.agentsmd.analysis.Fixtures;
import com.cataloggraph.agentsmd.catalog.CatalogContextReader;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.agentsmd.run.RunCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --diff} against real git repositories whose commits do and do not make AGENTS.md stale. */
class DriftCheckTest {

    @TempDir
    Path dir;
    private RepositoryDrafter drafter;
    private DriftCheck drift;
    private Path repo;
    private String base;

    @BeforeEach
    void repositoryWithACurrentAgentsMd() throws Exception {
        drafter = new RepositoryDrafter(new CatalogContextReader(RunCatalog.load()), "AGENTS.md", "origin");
        drift = new DriftCheck(drafter, "origin", Duration.ofMinutes(2));
        repo = Fixtures.copy("go-service", dir.resolve("ledger"));
        git(repo, "init", "--quiet", "-b", "main");
        write(repo, "AGENTS.md", "# AGENTS.md\n\nPeople's notes stay here.\n\n" + drafter.draft(repo).draft().block());
        commitAll(repo, "Initial commit with AGENTS.md");
        base = git(repo, "rev-parse", "HEAD");
    }

    @Test
    void aChangeToSourceCodeOnlyDoesNotAffectTheFile() throws Exception {
        write(repo, "internal/store/store.go", Files.readString(repo.resolve("internal/store/store.go"))
                + "\n// Balance sums a ledger.\nfunc Balance(entries []int64) (sum int64) {\n\tfor _, e := range entries "
                + "{\n\t\tsum += e\n\t}\n\treturn sum\n}\n");
        commitAll(repo, "Code only");

        DriftReport report = drift.check(repo, base + "..HEAD");

        assertThat(report.status()).as(report.text()).isEqualTo(DriftStatus.NOT_AFFECTED);
        assertThat(report.status().exitCode()).isZero();
        assertThat(report.summary()).isEqualTo("AGENTS.md is not affected by " + base + "..HEAD: the change touches "
                + "nothing it says");
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void aChangedCiJobMakesTheFileStaleAndNamesTheLinesToUpdate() throws Exception {
        String ci = Files.readString(repo.resolve(".gitlab-ci.yml")).replace("    - make test\n",
                "    - go test -race -count=1 ./...\n");
        write(repo, ".gitlab-ci.yml", ci);
        commitAll(repo, "CI runs go test directly");

        DriftReport report = drift.check(repo, base + "..HEAD");

        assertThat(report.status()).isEqualTo(DriftStatus.STALE);
        assertThat(report.status().exitCode()).isEqualTo(7);
        assertThat(report.reasons()).containsExactly("a build command or CI job changed");
        assertThat(report.changedFiles()).containsExactly(".gitlab-ci.yml");
        assertThat(report.lines()).containsExactly("## Commands",
                "-- Test: `make test` (CI); `go test ./...`; one test: `go test ./path/to/pkg -run TestName`",
                "+- Test: `go test -race -count=1 ./...` (CI); `make test`; `go test ./...`; one test: "
                        + "`go test ./path/to/pkg -run TestName`");
        assertThat(report.text()).startsWith("AGENTS.md is stale after " + base + "..HEAD: a build command or CI job "
                + "changed\nChanged files that AGENTS.md is built from: .gitlab-ci.yml\nUpdate these lines in AGENTS.md");
    }

    @Test
    void aChangeThatAlsoRegeneratesTheFileIsUpdatedInTheChange() {
        write(repo, "Makefile", "test:\n\tgo test ./...\n\nfmt:\n\tgofmt -w .\n");
        write(repo, "AGENTS.md", "# AGENTS.md\n\nPeople's notes stay here.\n\n" + drafter.draft(repo).draft().block());
        commitAll(repo, "New Makefile, regenerated AGENTS.md");

        DriftReport report = drift.check(repo, base + "..HEAD");

        assertThat(report.status()).isEqualTo(DriftStatus.UPDATED_IN_CHANGE);
        assertThat(report.status().exitCode()).isZero();
        assertThat(report.changedFiles()).contains("Makefile");
    }

    @Test
    void newCodeOwnersAreAnOwnerChange() {
        write(repo, "CODEOWNERS", "* @payments-team\n");
        commitAll(repo, "Payments owns the ledger now");

        DriftReport report = drift.check(repo, base + "..HEAD");

        assertThat(report.status()).isEqualTo(DriftStatus.STALE);
        assertThat(report.reasons()).containsExactly("a convention, guidance file or owner file changed");
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.section()).isEqualTo("Conventions and guidance");
            assertThat(change.removed()).singleElement().asString().contains("@ledger-team");
            assertThat(change.added()).singleElement().asString().contains("@payments-team");
        });
    }

    @Test
    void aMergeBaseRangeComparesFromWhereTheBranchesParted() throws Exception {
        git(repo, "checkout", "--quiet", "-b", "feature");
        write(repo, "internal/store/store.go", Files.readString(repo.resolve("internal/store/store.go"))
                + "\n// Feature work.\n");
        commitAll(repo, "Feature work");
        git(repo, "checkout", "--quiet", "main");
        write(repo, "CODEOWNERS", "* @payments-team\n");
        commitAll(repo, "Meanwhile on main");

        DriftReport report = drift.check(repo, "main...feature");

        assertThat(report.status()).as(report.text()).isEqualTo(DriftStatus.NOT_AFFECTED);
    }

    @Test
    void aRangeThatIsNotTwoCommitsIsRefusedWithWhatWasGiven() {
        assertThatThrownBy(() -> drift.check(repo, "main")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--diff takes BASE..HEAD (two revisions), was 'main'");
        assertThatThrownBy(() -> drift.check(repo, "main..nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'nope' is not a commit in " + repo);
    }
}
