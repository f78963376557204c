package com.cataloggraph.agentsmd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small readers for Makefiles, TOML, tox.ini and .gitattributes patterns. */
class TextFormatsTest {

    @Test
    void makeTargetsSkipVariablesSpecialTargetsAndPatternRules() {
        assertThat(MakeDetector.targets("""
                VERSION := 1.0
                CC ?= gcc
                .PHONY: build test
                build test: deps
                \tgo build ./...
                deps::
                %.o: %.c
                lint:\tvet
                """)).containsExactly("build", "test", "deps", "lint");
    }

    @Test
    void tomlReadsTablesStringsMultiLineArraysAndDottedKeys() {
        TomlFile toml = TomlFile.parse("""
                [project]
                name = "x" # a comment
                dependencies = [
                  "a>=1",  # why
                  'b[extra]',
                ]
                optional-dependencies.dev = ["pytest"]

                [tool.hatch.envs.lint.scripts]
                style = "ruff check {args:.}"
                """);

        assertThat(toml.value("project", "name")).isEqualTo("x");
        assertThat(toml.list("project", "dependencies")).containsExactly("a>=1", "b[extra]");
        assertThat(toml.list("project.optional-dependencies", "dev")).containsExactly("pytest");
        assertThat(toml.tablesStartingWith("tool.hatch.envs.")).containsExactly("tool.hatch.envs.lint.scripts");
        assertThat(toml.keys("tool.hatch.envs.lint.scripts")).containsExactly("style");
    }

    @Test
    void toxEnvListReadsContinuationLinesAndKeepsFactorExpressionsWhole() {
        assertThat(IniEnvList.envList("""
                [tox]
                envlist = py{311,312}, lint
                    docs
                skip_missing_interpreters = true
                [testenv:lint]
                envlist = ignored
                """)).containsExactly("py{311,312}", "lint", "docs");
    }

    @Test
    void gitattributesPatternsMatchLikeGit() {
        assertThat(ContentFilter.glob("api/gen/**").matcher("api/gen/a/b.go").matches()).isTrue();
        assertThat(ContentFilter.glob("*.pb.go").matcher("x/y/z.pb.go").matches()).isTrue();
        assertThat(ContentFilter.glob("/docs").matcher("docs/a.md").matches()).isTrue();
        assertThat(ContentFilter.glob("/docs").matcher("src/docs/a.md").matches()).isFalse();
        assertThat(ContentFilter.glob("gen/").matcher("pkg/gen/x.go").matches()).isTrue();
    }
}
