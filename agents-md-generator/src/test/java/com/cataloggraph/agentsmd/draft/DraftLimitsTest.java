package com.cataloggraph.agentsmd.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.analysis.RepositoryAnalyzer;
import com.cataloggraph.agentsmd.analysis.TempRepository;
import com.cataloggraph.agentsmd.catalog.ApiInContext;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.catalog.SystemInContext;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.OwnerInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However much a repository and the catalog have to say, the block stays short. */
class DraftLimitsTest {

    @Test
    void aBusyMonorepoWithAHugeCatalogContextStaysUnderAHundredLines(@TempDir Path dir) {
        TempRepository repo = new TempRepository(dir.resolve("monorepo"));
        StringBuilder makefile = new StringBuilder();
        for (String target : List.of("build", "test", "unit", "e2e", "lint", "vet", "fmt", "format", "check", "ci",
                "run", "dev", "generate", "proto", "mocks", "install", "deps", "typecheck", "coverage", "integration")) {
            makefile.append(target).append(":\n\techo ").append(target).append('\n');
        }
        repo.file("Makefile", makefile.toString())
                .file("package.json", "{\"scripts\":{\"build\":\"x\",\"test\":\"x\",\"lint\":\"x\",\"format\":\"x\","
                        + "\"typecheck\":\"x\",\"dev\":\"x\",\"e2e\":\"x\",\"generate\":\"x\",\"check\":\"x\"}}")
                .file("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
                .file("pom.xml", "<project><modules><module>a</module><module>b</module></modules></project>");
        for (String folder : List.of("go", "rust", "py", "gradle", "bazel", "web", "api", "svc")) {
            repo.file(folder + "/go.mod", "module x\n").file(folder + "/Cargo.toml", "[package]\nname='x'\n")
                    .file(folder + "/pyproject.toml", "[tool.ruff]\n").file(folder + "/build.gradle", "")
                    .file(folder + "/gen/x.go", "package gen\n").file(folder + "/AGENTS.md", "# nested\n");
        }
        for (String config : List.of(".prettierrc", ".eslintrc.json", "biome.json", "rustfmt.toml", "clippy.toml",
                ".golangci.yml", "ruff.toml", ".flake8", ".clang-format", ".scalafmt.conf", "checkstyle.xml",
                ".markdownlint.json", ".editorconfig", "commitlint.config.js", ".pre-commit-config.yaml",
                ".tool-versions", "CONTRIBUTING.md", "CODEOWNERS", "ARCHITECTURE.md", "SECURITY.md", "CLAUDE.md",
                "GEMINI.md", ".cursorrules")) {
            repo.file(config, "[*]\nindent_size = 2\n");
        }
        StringBuilder ci = new StringBuilder("jobs:\n  all:\n    steps:\n");
        IntStream.range(0, 30).forEach(i -> ci.append("      - run: make test").append(i).append(" && go test ./")
                .append(i).append("/...\n"));
        repo.file(".github/workflows/ci.yml", ci.toString());

        Draft draft = new DraftRenderer().render(new RepositoryAnalyzer("AGENTS.md").analyze(repo.root()), hugeContext());

        assertThat(draft.block().lines().count()).isLessThanOrEqualTo(DraftRenderer.MAX_LINES);
        assertThat(draft.sections()).extracting(DraftSection::title).containsExactly(DraftRenderer.COMMANDS,
                DraftRenderer.STACK, DraftRenderer.LAYOUT, DraftRenderer.CONVENTIONS, DraftRenderer.CATALOG);
        assertThat(draft.section(DraftRenderer.CATALOG).lines()).anySatisfy(line ->
                assertThat(line).startsWith("- Owner: Team 0 (`group:default/team-0`); members user-0, user-1, user-2, "
                        + "user-3, user-4 and 45 more"));
    }

    private static CatalogContext hugeContext() {
        List<EntitySummary> entities = IntStream.range(0, 30).mapToObj(i -> entity("component", "c-" + i)).toList();
        List<EntitySummary> members = IntStream.range(0, 50).mapToObj(i -> entity("user", "user-" + i)).toList();
        List<OwnerInfo> owners = IntStream.range(0, 5).mapToObj(i -> new OwnerInfo(entity("group", "team-" + i, "Team " + i),
                members, 50, List.of(), List.of())).toList();
        List<SystemInContext> systems = IntStream.range(0, 5)
                .mapToObj(i -> new SystemInContext(entity("system", "s-" + i), entity("domain", "d"))).toList();
        List<ApiInContext> apis = IntStream.range(0, 12)
                .mapToObj(i -> new ApiInContext(entity("api", "api-" + i), "api/" + i + ".yaml", entities)).toList();
        return new CatalogContext(entities, owners, systems, apis, apis, entities, entities, List.of());
    }

    private static EntitySummary entity(String kind, String name) {
        return entity(kind, name, null);
    }

    private static EntitySummary entity(String kind, String name, String title) {
        return new EntitySummary(kind + ":default/" + name, kind, "default", name, title, null, null, null, null, null,
                false, false);
    }
}
