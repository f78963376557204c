package com.cataloggraph.agentsmd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken build or CI file is reported with its line, and the rest of the analysis goes on. */
class MalformedFilesTest {

    private final RepositoryAnalyzer analyzer = new RepositoryAnalyzer("AGENTS.md");

    @Test
    void aPomThatIsNotWellFormedIsReportedWithItsLineAndMavenCommandsStillApply(@TempDir Path dir) {
        new TempRepository(dir).file("pom.xml", "<project>\n  <modules>\n    <module>api</modules>\n</project>\n");

        RepositoryAnalysis analysis = analyzer.analyze(dir);

        assertThat(analysis.problems()).hasSize(1);
        AnalysisProblem problem = analysis.problems().getFirst();
        assertThat(problem.file()).isEqualTo("pom.xml");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("not well-formed XML: ").contains("module");
        assertThat(Fixtures.plan(analysis)).contains("TEST mvn -B test <- pom.xml");
    }

    @Test
    void aPomWithADoctypeIsRefusedSoNoEntityIsExpanded(@TempDir Path dir) {
        new TempRepository(dir).file("pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<project><properties><java.version>&x;</java.version></properties></project>\n");

        RepositoryAnalysis analysis = analyzer.analyze(dir);

        assertThat(analysis.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("pom.xml");
            assertThat(problem.message()).contains("DOCTYPE");
        });
        assertThat(analysis.buildSystems().getFirst().facts()).doesNotContain("Java root:x:0:0");
    }

    @Test
    void aPackageJsonThatIsNotJsonIsReportedWithItsLine(@TempDir Path dir) {
        new TempRepository(dir).file("package.json", "{\n  \"scripts\": {\n    \"test\": \"jest\",\n  }\n}\n");

        RepositoryAnalysis analysis = analyzer.analyze(dir);

        assertThat(analysis.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("package.json");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("not valid JSON: ");
        });
        assertThat(Fixtures.plan(analysis)).containsExactly("SETUP npm install <- package.json");
    }

    @Test
    void aCiFileThatIsNotYamlIsReportedWithItsLineAndTheBuildFilesStillSpeak(@TempDir Path dir) {
        new TempRepository(dir).file("go.mod", "module example.com/x\n\ngo 1.23\n")
                .file(".gitlab-ci.yml", "test:\n  script:\n    - go test ./...\n  - broken\n");

        RepositoryAnalysis analysis = analyzer.analyze(dir);

        assertThat(analysis.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(".gitlab-ci.yml");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("not valid YAML: ");
        });
        assertThat(Fixtures.plan(analysis)).contains("TEST go test ./... <- go.mod");
    }
}
