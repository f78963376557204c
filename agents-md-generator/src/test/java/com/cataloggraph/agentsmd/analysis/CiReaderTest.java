package com.cataloggraph.agentsmd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiReaderTest {

    @Test
    void gitlabReferenceTagsHiddenJobsAndDefaultsAreReadWithoutFailing(@TempDir Path dir) {
        new TempRepository(dir).file(".gitlab-ci.yml", """
                default:
                  before_script:
                    - npm ci
                .setup:
                  script:
                    - echo setup
                unit:
                  script:
                    - !reference [.setup, script]
                    - npm run test:unit
                pages:
                  script: |
                    npm run build -- \\
                      --base /docs/
                    cp -r dist public
                """);

        List<AnalysisProblem> problems = new ArrayList<>();
        CiConfig ci = CiReader.read(RepositoryTree.scan(dir), problems);

        assertThat(problems).isEmpty();
        assertThat(ci.jobs()).containsExactly(
                new CiJob(".gitlab-ci.yml", "unit", List.of("npm ci", "npm run test:unit")),
                new CiJob(".gitlab-ci.yml", "pages", List.of("npm ci", "npm run build -- --base /docs/")));
    }

    @Test
    void githubStepsRunInTheirWorkingDirectoryAndPinnedVersionsAreFacts(@TempDir Path dir) {
        new TempRepository(dir).file(".github/workflows/test.yaml", """
                on: push
                jobs:
                  python:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/setup-python@v5
                        with:
                          python-version: ["3.11", "3.12"]
                      - run: uv sync
                        working-directory: ./backend
                      - name: not a build command
                        run: echo "hello"
                """);

        CiConfig ci = CiReader.read(RepositoryTree.scan(dir), new ArrayList<>());

        assertThat(ci.jobs()).containsExactly(
                new CiJob(".github/workflows/test.yaml", "python", List.of("cd backend && uv sync")));
        assertThat(ci.facts()).containsExactly("Python 3.11, 3.12 (`actions/setup-python`)");
    }

    @Test
    void aLineCountsWhenAnyChainedPartStartsWithABuildToolOrARepositoryScript() {
        assertThat(CiReader.runsATool("cd web && npm test")).isTrue();
        assertThat(CiReader.runsATool("CI=true ./scripts/check.sh")).isTrue();
        assertThat(CiReader.runsATool("scripts/release.sh v1")).isTrue();
        assertThat(CiReader.runsATool("docker build -t app .")).isFalse();
        assertThat(CiReader.runsATool("echo done; ls")).isFalse();
    }

    @Test
    void commandLinesAreClassifiedByWhatTheySay() {
        assertThat(CommandPlan.purposeOf("./mvnw -B verify")).isEqualTo(Purpose.CHECK);
        assertThat(CommandPlan.purposeOf("cargo fmt --all -- --check")).isEqualTo(Purpose.LINT);
        assertThat(CommandPlan.purposeOf("python -m pip install -r requirements.txt")).isEqualTo(Purpose.SETUP);
        assertThat(CommandPlan.purposeOf("uv run mypy src")).isEqualTo(Purpose.TYPECHECK);
        assertThat(CommandPlan.purposeOf("go test -race ./...")).isEqualTo(Purpose.TEST);
        assertThat(CommandPlan.purposeOf("./gradlew assemble")).isEqualTo(Purpose.BUILD);
        assertThat(CommandPlan.purposeOf("go version")).isNull();
    }
}
