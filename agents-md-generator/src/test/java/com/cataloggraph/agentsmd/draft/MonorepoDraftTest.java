package com.cataloggraph.agentsmd.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.analysis.TempRepository;
import com.cataloggraph.agentsmd.catalog.CatalogContextReader;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A monorepo gets one AGENTS.md per subproject (nearest file wins) and a root file that points to them. */
class MonorepoDraftTest {

    @TempDir
    Path dir;
    private CatalogContextReader catalog;
    private TempRepository repo;

    @BeforeEach
    void monorepoWithThreeSubprojects() {
        TestNeo4j.get().clean();
        catalog = new CatalogContextReader(CatalogGraph.over(TestNeo4j.get().database()));
        repo = new TempRepository(dir.resolve("platform"))
                .file("Makefile", "test:\n\tmake -C services/api test\n")
                .file("services/api/go.mod", "module example.com/api\n\ngo 1.22\n")
                .file("services/api/main.go", "package main\n\nfunc main() {}\n")
                .file("services/billing/pom.xml", "<project><properties><maven.compiler.release>21"
                        + "</maven.compiler.release></properties></project>")
                .file("services/billing/src/main/java/Billing.java", "class Billing {}\n")
                .file("web/package.json", "{\"scripts\":{\"build\":\"vite build\",\"test\":\"vitest\"}}")
                .file("web/package-lock.json", "{}")
                .file("docs/index.md", "# Platform\n");
    }

    @Test
    void eachSubprojectGetsItsOwnFileWithCommandsRunFromItsFolder() {
        RepositoryDraft draft = drafter(8).draft(repo.root());

        assertThat(draft.analysis().subprojects()).containsExactly("services/api", "services/billing", "web");
        assertThat(draft.draft().section(DraftRenderer.LAYOUT).lines()).contains("- Subprojects, each with its own "
                + "AGENTS.md (the nearest file applies): `services/api/`, `services/billing/`, `web/`.");
        assertThat(draft.nested()).extracting(NestedDraft::path).containsExactly("services/api/AGENTS.md",
                "services/billing/AGENTS.md", "web/AGENTS.md");
        NestedDraft api = draft.nested().getFirst();
        assertThat(api.draft().section(DraftRenderer.COMMANDS).lines()).contains("Run from `services/api/`.",
                "- Build: `go build ./...`");
        assertThat(api.check().status()).isEqualTo(DraftStatus.MISSING);
        assertThat(draft.nested().get(2).draft().section(DraftRenderer.COMMANDS).lines())
                .contains("- Setup: `npm ci`", "- Build: `npm run build`");
    }

    @Test
    void theNumberOfNestedFilesIsBounded() {
        RepositoryDraft draft = drafter(2).draft(repo.root());

        assertThat(draft.nested()).extracting(NestedDraft::folder).containsExactly("services/api", "services/billing");
    }

    @Test
    void aRepositoryWithOneSubprojectOrNoneIsNotAMonorepo() {
        RepositoryDraft single = drafter(8).draft(new TempRepository(dir.resolve("single"))
                .file("pom.xml", "<project/>").file("web/package.json", "{}").root());

        assertThat(single.nested()).isEmpty();
        assertThat(drafter(0).draft(repo.root()).nested()).isEmpty();
    }

    @Test
    void afterTheNestedFilesAreCommittedEveryFileIsUpToDateAndPeoplesTextStays() {
        RepositoryDrafter drafter = drafter(8);
        RepositoryDraft first = drafter.draft(repo.root());
        repo.file("AGENTS.md", ((MergeResult.Changed) first.merged()).content());
        for (NestedDraft nested : first.nested()) {
            repo.file(nested.path(), "# AGENTS.md\n\nAsk #web before changing the build.\n\n" + nested.draft().block()
                    + "\n");
        }

        RepositoryDraft again = drafter.draft(repo.root());

        assertThat(again.check().status()).isEqualTo(DraftStatus.UP_TO_DATE);
        assertThat(again.draft().digest()).isEqualTo(first.draft().digest());
        assertThat(again.nested()).allSatisfy(nested -> {
            assertThat(nested.check().status()).isEqualTo(DraftStatus.UP_TO_DATE);
            assertThat(nested.merged()).isInstanceOf(MergeResult.Unchanged.class);
            assertThat(nested.existing()).contains("Ask #web before changing the build.");
        });
    }

    @Test
    void aSubtreeReadsThroughItsParentsContents() {
        RepositoryTree tree = RepositoryTree.scan(repo.root()).subtree("services/api");

        assertThat(tree.files().keySet()).containsExactly("go.mod", "main.go");
        assertThat(tree.read("go.mod")).contains("module example.com/api\n\ngo 1.22\n");
        assertThat(tree.name()).isEqualTo("platform");
    }

    private RepositoryDrafter drafter(int maxNested) {
        return new RepositoryDrafter(catalog, "AGENTS.md", "origin", maxNested);
    }
}
