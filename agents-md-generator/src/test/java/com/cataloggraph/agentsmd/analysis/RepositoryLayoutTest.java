package com.cataloggraph.agentsmd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Languages, folder roles, boundaries, conventions and guidance found in the fixture repositories. */
class RepositoryLayoutTest {

    private final RepositoryAnalyzer analyzer = new RepositoryAnalyzer("AGENTS.md");

    @Test
    void languageSharesCountOwnCodeOnlyNotGeneratedOrVendoredFiles() {
        RepositoryAnalysis go = analyzer.analyze(Fixtures.repository("go-service"));
        RepositoryAnalysis maven = analyzer.analyze(Fixtures.repository("maven-service"));

        // gen/ledgerpb/ledger.pb.go and vendor/ are left out; .proto and .sql count.
        assertThat(go.languages()).extracting(LanguageShare::language, LanguageShare::bytes, LanguageShare::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Go", 854L, "81.5%"),
                        org.assertj.core.groups.Tuple.tuple("Protocol Buffers", 99L, "9.4%"),
                        org.assertj.core.groups.Tuple.tuple("SQL", 95L, "9.1%"));
        // api/src/generated is linguist-generated in .gitattributes.
        assertThat(maven.languages()).extracting(LanguageShare::language, LanguageShare::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Java", "86.2%"),
                        org.assertj.core.groups.Tuple.tuple("JavaScript", "13.8%"));
    }

    @Test
    void foldersGetRolesAndGeneratedAndVendoredOnesBecomeBoundaries() {
        RepositoryAnalysis go = analyzer.analyze(Fixtures.repository("go-service"));

        assertThat(go.layout()).containsExactly(
                new Folder("cmd", FolderRole.SOURCE, "`main` packages"),
                new Folder("gen", FolderRole.GENERATED, null),
                new Folder("internal", FolderRole.SOURCE, "private packages"),
                new Folder("migrations", FolderRole.MIGRATIONS, null),
                new Folder("proto", FolderRole.API_DEFINITIONS, null),
                new Folder("vendor", FolderRole.VENDORED, null));
        assertThat(go.boundaries()).containsExactly(
                new Boundary("`gen/`", "generated", "regenerate with `make generate`"),
                new Boundary("`vendor/`", "vendored third-party code", "update with `go mod vendor`"),
                new Boundary("`go.sum`", "lock file", "`go mod tidy` updates it"));
    }

    @Test
    void nestedFoldersMarkedGeneratedInGitattributesAreBoundariesAndModulesAreSource() {
        RepositoryAnalysis maven = analyzer.analyze(Fixtures.repository("maven-service"));

        assertThat(maven.layout()).containsExactly(
                new Folder("api", FolderRole.SOURCE, "Maven module"),
                new Folder("docs", FolderRole.DOCS, null),
                new Folder("service", FolderRole.SOURCE, "Maven module"),
                new Folder("web", FolderRole.SOURCE, null),
                new Folder("api/src/generated", FolderRole.GENERATED, null));
        assertThat(maven.boundaries()).containsExactly(
                new Boundary("`api/src/generated/`", "generated", null),
                new Boundary("`web/package-lock.json`", "lock file", "`cd web && npm install` updates it"));
    }

    @Test
    void conventionsComeFromTheFilesThatStateThem() {
        assertThat(analyzer.analyze(Fixtures.repository("maven-service")).conventions()).containsExactly(
                new Convention("indent with 4 spaces, LF line endings, final newline", ".editorconfig"));
        assertThat(analyzer.analyze(Fixtures.repository("node-pnpm")).conventions()).containsExactly(
                new Convention("code style is enforced by Prettier, ESLint",
                        java.util.List.of(".prettierrc.json", "eslint.config.js")),
                new Convention("commit messages follow Conventional Commits, checked by commitlint",
                        "commitlint.config.js"));
        assertThat(analyzer.analyze(Fixtures.repository("python-tox-pip")).conventions()).containsExactly(
                new Convention("run `pre-commit run --all-files` before committing", ".pre-commit-config.yaml"));
    }

    @Test
    void existingGuidanceIsLinkedWithTheDefaultCodeOwners() {
        assertThat(analyzer.analyze(Fixtures.repository("maven-service")).guidance()).containsExactly(
                new GuidanceFile("CONTRIBUTING.md", "how to contribute"),
                new GuidanceFile(".github/CODEOWNERS", "who reviews which paths; default owners @acme/payments-team"));
        assertThat(analyzer.analyze(Fixtures.repository("node-pnpm")).guidance()).containsExactly(
                new GuidanceFile("CLAUDE.md", "more instructions for agents"));
    }

    @Test
    void theFactsUsedAreListedSoAMergeRequestCanCiteThem() {
        assertThat(analyzer.analyze(Fixtures.repository("maven-service")).filesRead()).containsExactly(
                ".editorconfig", ".gitattributes", ".github/CODEOWNERS", ".github/workflows/ci.yml",
                "CONTRIBUTING.md", "pom.xml", "web/package-lock.json", "web/package.json");
    }
}
