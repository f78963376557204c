package com.cataloggraph.agentsmd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exact commands found in each fixture repository, CI first where CI names them. */
class BuildSystemCommandsTest {

    private final RepositoryAnalyzer analyzer = new RepositoryAnalyzer("AGENTS.md");

    @Test
    void mavenWithWrapperSpotlessModulesAndAFrontendFolderTakesCiCommandsFirst() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("maven-service"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "SETUP cd web && npm ci [CI] <- .github/workflows/ci.yml",
                "BUILD ./mvnw -B package -DskipTests <- pom.xml",
                "BUILD cd web && npm run build <- web/package.json",
                "TEST cd web && npm run test -- --coverage [CI] <- .github/workflows/ci.yml",
                "TEST ./mvnw -B test <- pom.xml",
                "TEST ./mvnw -B test -Dtest=NameTest [one class] <- pom.xml",
                "TEST ./mvnw -B -pl api -am test [one module] <- pom.xml",
                "LINT cd web && npm run lint [CI] <- .github/workflows/ci.yml",
                "LINT ./mvnw -B spotless:check <- pom.xml",
                "FORMAT ./mvnw -B spotless:apply <- pom.xml",
                "CHECK ./mvnw -B verify -Pci [CI] <- .github/workflows/ci.yml",
                "RUN cd web && npm run dev <- web/package.json");
        assertThat(analysis.buildSystems()).extracting(BuildSystem::name, BuildSystem::directory, BuildSystem::facts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Maven", "",
                                java.util.List.of("Java 21", "modules `api`, `service`", "wrapper `./mvnw`")),
                        org.assertj.core.groups.Tuple.tuple("npm", "web",
                                java.util.List.of("lock file `package-lock.json`")));
        assertThat(analysis.ci().facts()).containsExactly(
                "Java 21 temurin (`actions/setup-java`)", "Node 20 (`actions/setup-node`)");
    }

    @Test
    void gradleKotlinDslWithWrapperAndKtlint() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("gradle-kotlin"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "BUILD ./gradlew assemble <- build.gradle.kts",
                "TEST ./gradlew test <- build.gradle.kts",
                "TEST ./gradlew test --tests 'NameTest' [one class] <- build.gradle.kts",
                "TEST ./gradlew :app:test [one project] <- build.gradle.kts",
                "LINT ./gradlew ktlintCheck <- build.gradle.kts",
                "FORMAT ./gradlew ktlintFormat <- build.gradle.kts",
                "CHECK ./gradlew check <- build.gradle.kts");
        assertThat(analysis.buildSystems().getFirst().facts())
                .containsExactly("Java 17", "Kotlin DSL", "projects `app`, `lib`", "wrapper `./gradlew`");
    }

    @Test
    void pnpmIsChosenByItsLockFileAndCiLinesWinOverTheScriptsTheyRun() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("node-pnpm"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "SETUP pnpm install --frozen-lockfile [CI] <- .github/workflows/ci.yml",
                "BUILD pnpm run build [CI] <- .github/workflows/ci.yml",
                "TEST pnpm run test --coverage [CI] <- .github/workflows/ci.yml",
                "LINT pnpm run lint && pnpm run typecheck [CI] <- .github/workflows/ci.yml",
                "LINT pnpm run format:check <- package.json",
                "FORMAT pnpm run format <- package.json",
                "TYPECHECK pnpm run typecheck <- package.json",
                "RUN pnpm run dev <- package.json");
        assertThat(analysis.buildSystems().getFirst().facts())
                .containsExactly("lock file `pnpm-lock.yaml`", "Node 20.11.1", "TypeScript (`tsconfig.json`)");
    }

    @Test
    void yarnBerryInstallsImmutably() {
        assertThat(Fixtures.plan(analyzer.analyze(Fixtures.repository("node-yarn")))).containsExactly(
                "SETUP yarn install --immutable <- yarn.lock",
                "TEST yarn run test <- package.json",
                "LINT yarn run lint <- package.json",
                "RUN yarn run start <- package.json");
    }

    @Test
    void npmWithALockFileInstallsWithCiAndIgnoresScriptsThatSayNothing() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("node-npm"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "SETUP npm ci <- package-lock.json",
                "TEST npm run test <- package.json");
        assertThat(analysis.buildSystems().getFirst().facts())
                .containsExactly("lock file `package-lock.json`", "Node >=18");
    }

    @Test
    void goWithAMakefileFrontDoorGitlabCiAndGoGenerate() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("go-service"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "BUILD make build [CI] <- .gitlab-ci.yml",
                "BUILD go build ./... <- go.mod",
                "TEST make test [CI] <- .gitlab-ci.yml",
                "TEST go test ./... <- go.mod",
                "TEST go test ./path/to/pkg -run TestName [one test] <- go.mod",
                "LINT golangci-lint run --timeout 5m [CI] <- .gitlab-ci.yml",
                "LINT make lint <- Makefile",
                "LINT go vet ./... <- go.mod",
                "FORMAT go fmt ./... <- go.mod",
                "GENERATE make generate <- Makefile",
                "GENERATE go generate ./... <- internal/store/store.go");
        assertThat(analysis.buildSystems().get(1).facts())
                .containsExactly("module `github.com/acme/ledger`", "Go 1.22", "vendored modules (`vendor/`)");
        assertThat(analysis.ci().jobs()).extracting(CiJob::name, CiJob::commands).containsExactly(
                org.assertj.core.groups.Tuple.tuple("test", java.util.List.of("go version", "make test")),
                org.assertj.core.groups.Tuple.tuple("lint", java.util.List.of("golangci-lint run --timeout 5m")),
                org.assertj.core.groups.Tuple.tuple("build", java.util.List.of("make build")));
        assertThat(analysis.ci().facts()).containsExactly("image `golang:1.22`", "image `golangci/golangci-lint:v1.60`");
    }

    @Test
    void cargoWorkspaceRunsOverEveryMember() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("rust-workspace"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "BUILD cargo build --workspace <- Cargo.toml",
                "TEST cargo test --workspace <- Cargo.toml",
                "TEST cargo test --workspace name_of_test [one test] <- Cargo.toml",
                "LINT cargo clippy --workspace --all-targets -- -D warnings <- Cargo.toml",
                "LINT cargo fmt --all -- --check <- Cargo.toml",
                "FORMAT cargo fmt --all <- Cargo.toml");
        assertThat(analysis.buildSystems().getFirst().facts()).containsExactly(
                "Rust toolchain 1.78.0 (`rust-toolchain.toml`)", "minimum Rust 1.75", "edition 2021",
                "workspace members `crates/core`, `crates/cli`");
    }

    @Test
    void uvRunsEveryToolThroughUvRun() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("python-uv"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "SETUP uv sync <- uv.lock",
                "TEST uv run pytest <- pyproject.toml",
                "TEST uv run pytest -k name_of_test [one test] <- pyproject.toml",
                "LINT uv run ruff check . <- pyproject.toml",
                "FORMAT uv run ruff format . <- pyproject.toml",
                "TYPECHECK uv run mypy . <- pyproject.toml");
        assertThat(analysis.buildSystems().getFirst().facts())
                .containsExactly("uv", "Python >=3.11", "`.python-version` 3.12");
    }

    @Test
    void poetryFindsPytestThroughItsConftest() {
        assertThat(Fixtures.plan(analyzer.analyze(Fixtures.repository("python-poetry")))).containsExactly(
                "SETUP poetry install <- poetry.lock",
                "TEST poetry run pytest <- tests/conftest.py",
                "TEST poetry run pytest -k name_of_test [one test] <- tests/conftest.py",
                "FORMAT poetry run black . <- pyproject.toml");
    }

    @Test
    void hatchUsesTheScriptsOfEachEnvironment() {
        assertThat(Fixtures.plan(analyzer.analyze(Fixtures.repository("python-hatch")))).containsExactly(
                "TEST hatch run test <- pyproject.toml",
                "TEST hatch run cov <- pyproject.toml",
                "LINT hatch run lint:style <- pyproject.toml",
                "FORMAT hatch run lint:fmt <- pyproject.toml",
                "TYPECHECK hatch run lint:typing <- pyproject.toml");
    }

    @Test
    void pipWithRequirementsFilesAndToxEnvironments() {
        assertThat(Fixtures.plan(analyzer.analyze(Fixtures.repository("python-tox-pip")))).containsExactly(
                "SETUP python -m pip install -r requirements.txt -r requirements-dev.txt <- requirements.txt",
                "TEST python -m pytest <- requirements-dev.txt",
                "TEST python -m pytest -k name_of_test [one test] <- requirements-dev.txt",
                "LINT flake8 <- setup.cfg",
                "LINT tox -e lint <- tox.ini",
                "CHECK tox <- tox.ini");
    }

    @Test
    void bazelBuildsAndTestsEveryTarget() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("bazel-monorepo"));

        assertThat(Fixtures.plan(analysis)).containsExactly(
                "BUILD bazel build //... <- MODULE.bazel",
                "TEST bazel test //... <- MODULE.bazel",
                "TEST bazel test //path/to:target [one target] <- MODULE.bazel");
        assertThat(analysis.buildSystems().getFirst().facts())
                .containsExactly("Bazel 7.3.1 (`.bazelversion`, picked by Bazelisk)", "Bzlmod (`MODULE.bazel`)");
    }
}
