package com.cataloggraph.agentsmd.publish;

import static com.cataloggraph.agentsmd.publish.GitRepositories.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.agentsmd.analysis.RepositoryAnalyzer;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.agentsmd.draft.Draft;
import com.cataloggraph.agentsmd.draft.DraftRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local publisher against real git: a checkout and its bare remote in a temporary folder. */
class LocalGitPublisherTest {

    private static final String BRANCH = "catalog-graph/agents-md";

    private final LocalGitPublisher publisher = new LocalGitPublisher("origin", "Catalog Graph",
            "catalog-graph@example.com", Duration.ofSeconds(60));

    @TempDir
    Path dir;

    @Test
    void opensABranchWithOneCommitOnTopOfHeadAndLeavesTheWorkingTreeAlone() throws Exception {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        Files.writeString(checkout.resolve("notes.txt"), "uncommitted work");
        String head = git(checkout, "rev-parse", "HEAD");

        PublishResult result = publisher.publish(request(checkout));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.OPENED);
        assertThat(result.url()).isEqualTo(dir.resolve("ledger.git").toString());
        Path bare = dir.resolve("ledger.git");
        String tip = git(bare, "rev-parse", "refs/heads/" + BRANCH);
        assertThat(result.detail()).isEqualTo("branch " + BRANCH + " at " + tip.substring(0, 12) + " pushed to origin");
        assertThat(git(bare, "rev-parse", tip + "^")).isEqualTo(head);
        assertThat(git(bare, "show", tip + ":AGENTS.md")).isEqualTo(("# AGENTS.md\n\n" + draft(checkout).block()).strip());
        assertThat(git(bare, "log", "-1", "--format=%an <%ae>%n%s", tip))
                .isEqualTo("Catalog Graph <catalog-graph@example.com>\nAdd AGENTS.md for coding agents");
        assertThat(git(bare, "diff", "--name-only", head, tip)).isEqualTo("AGENTS.md");
        // The checkout: same HEAD, same branch, no AGENTS.md written, the uncommitted file untouched.
        assertThat(git(checkout, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(git(checkout, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(checkout.resolve("AGENTS.md")).doesNotExist();
        assertThat(git(checkout, "status", "--porcelain")).isEqualTo("?? notes.txt");
    }

    @Test
    void publishingTheSameDraftAgainChangesNothing() {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        publisher.publish(request(checkout));
        String tip = git(dir.resolve("ledger.git"), "rev-parse", "refs/heads/" + BRANCH);

        PublishResult again = publisher.publish(request(checkout));

        assertThat(again.outcome()).isEqualTo(PublishOutcome.UNCHANGED);
        assertThat(again.detail()).isEqualTo("branch " + BRANCH + " already proposes this draft");
        assertThat(git(dir.resolve("ledger.git"), "rev-parse", "refs/heads/" + BRANCH)).isEqualTo(tip);
    }

    @Test
    void aChangedDraftAddsACommitOnTopOfTheOpenBranch() {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        publisher.publish(request(checkout));
        String first = git(dir.resolve("ledger.git"), "rev-parse", "refs/heads/" + BRANCH);
        Draft changed = new Draft(List.of(new com.cataloggraph.agentsmd.draft.DraftSection("Commands",
                List.of("- Test: `make test`"))));

        PublishResult result = publisher.publish(request(checkout, changed));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.UPDATED);
        String second = git(dir.resolve("ledger.git"), "rev-parse", "refs/heads/" + BRANCH);
        assertThat(git(dir.resolve("ledger.git"), "rev-parse", second + "^")).isEqualTo(first);
        assertThat(git(dir.resolve("ledger.git"), "show", second + ":AGENTS.md"))
                .isEqualTo(("# AGENTS.md\n\n" + changed.block()).strip());
    }

    @Test
    void humanTextInTheCommittedFileIsKeptAroundTheBlock() {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        GitRepositories.write(checkout, "AGENTS.md", "# Ledger rules\n\nNever round half up.\n");
        GitRepositories.commitAll(checkout, "Hand-written AGENTS.md");

        publisher.publish(request(checkout));

        assertThat(git(dir.resolve("ledger.git"), "show", "refs/heads/" + BRANCH + ":AGENTS.md"))
                .isEqualTo("# Ledger rules\n\nNever round half up.\n\n" + draft(checkout).block());
    }

    @Test
    void aBaseThatAlreadyHasTheDraftGetsNoBranch() {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        GitRepositories.write(checkout, "AGENTS.md", "# AGENTS.md\n\n" + draft(checkout).block() + "\n");
        GitRepositories.commitAll(checkout, "Generated AGENTS.md");

        PublishResult result = publisher.publish(request(checkout));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.UNCHANGED);
        assertThat(result.detail()).startsWith("AGENTS.md at ").endsWith(" is already up to date");
        assertThat(git(dir.resolve("ledger.git"), "branch", "--list", BRANCH)).isEmpty();
    }

    @Test
    void aBlockEditedByHandOnTheBaseIsSkippedAndNothingIsPushed() {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        GitRepositories.write(checkout, "AGENTS.md", "# AGENTS.md\n\n"
                + draft(checkout).block().replace("`make test`", "`make test-everything`") + "\n");
        GitRepositories.commitAll(checkout, "Tweak the generated block");

        PublishResult result = publisher.publish(request(checkout));

        assertThat(result.outcome()).isEqualTo(PublishOutcome.SKIPPED);
        assertThat(result.detail()).startsWith("the generated block was edited by hand");
        assertThat(git(dir.resolve("ledger.git"), "branch", "--list", BRANCH)).isEmpty();
    }

    @Test
    void aCheckoutWithoutTheRemoteFailsBeforeCommittingAnything() {
        Path checkout = GitRepositories.checkoutOfFixture(dir, "go-service", "ledger");
        git(checkout, "remote", "remove", "origin");

        assertThatThrownBy(() -> publisher.publish(request(checkout))).isInstanceOf(PublishException.class)
                .hasMessage(checkout + " has no remote 'origin' to push to");
        assertThat(git(checkout, "branch", "--list", BRANCH)).isEmpty();
    }

    @Test
    void aFolderThatIsNotAGitCheckoutFails() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plain"));

        assertThatThrownBy(() -> publisher.publish(request(folder))).isInstanceOf(PublishException.class)
                .hasMessage(folder + " is not a git checkout");
    }

    private PublishRequest request(Path checkout) {
        return request(checkout, draft(checkout));
    }

    private PublishRequest request(Path checkout, Draft draft) {
        ChangeRequest change = new ChangeRequest(BRANCH, "Add AGENTS.md for coding agents", "why",
                "Add AGENTS.md for coding agents\n\nGenerated.\n", List.of("agents-md"));
        return new PublishRequest(Checkout.at(checkout, "origin"), "AGENTS.md", draft, change, List.of(), null);
    }

    private static Draft draft(Path checkout) {
        return new DraftRenderer().render(new RepositoryAnalyzer("AGENTS.md").analyze(checkout), CatalogContext.EMPTY);
    }
}
