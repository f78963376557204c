package com.cataloggraph.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.app.runtime.CatalogRuntime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsEveryCommand() {
        int exit = run("--help");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Usage: catalog-graph", "serve", "demo", "ingest", "query", "mcp",
                "agents-md", "fixtures", "NEO4J_URI");
    }

    @Test
    void everyHelpTextRendersWithoutWarningsAndShowsNoNullDefault() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
        List<String> helps = new ArrayList<>();
        System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
        try {
            collectHelp(CatalogGraphCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)), helps);
        } finally {
            System.setErr(systemErr);
        }

        assertThat(helps).hasSizeGreaterThan(20);
        assertThat(picocliWarnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(helps).noneMatch(help -> help.contains("default: null"));
    }

    @Test
    void verboseIsAcceptedBeforeOrAfterTheCommand() {
        CatalogGraphCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).parseArgs("-v", "query", "RETURN 1");
        assertThat(CatalogRuntime.verbose()).isTrue();

        CatalogGraphCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).parseArgs("query", "RETURN 1");
        assertThat(CatalogRuntime.verbose()).isFalse();

        CatalogGraphCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).parseArgs("query", "-v", "RETURN 1");
        assertThat(CatalogRuntime.verbose()).isTrue();
        CatalogRuntime.verbose(false);
    }

    @Test
    void versionIsTheBuildsVersion() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("catalog-graph " + CatalogGraphVersion.current() + System.lineSeparator());
    }

    @Test
    void noCommandPrintsUsage() {
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Usage: catalog-graph");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("serve", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void queryPrintsOneJsonObjectPerRowOnTheEmbeddedDatabase(@TempDir Path data) {
        int exit = run("query", "UNWIND [1, 2] AS i RETURN i, 'row ' + i AS label, $who AS who", "--param", "who=\"me\"",
                "--data", data.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).containsExactly(
                "{\"i\":1,\"label\":\"row 1\",\"who\":\"me\"}",
                "{\"i\":2,\"label\":\"row 2\",\"who\":\"me\"}");
    }

    @Test
    @Tag("security")
    void queryRefusesAWriteWithItsOwnExitCode(@TempDir Path data) {
        int exit = run("query", "CREATE (n:Entity {ref: 'x:y/z'})", "--data", data.toString());

        assertThat(exit).isEqualTo(ExitCodes.QUERY_REFUSED);
        assertThat(err.toString()).startsWith("error: Refused: the query writes to the graph");
    }

    @Test
    @Tag("security")
    void queryRefusesAnExpressionLoopItsTimeoutCouldNotStop(@TempDir Path data) {
        int exit = run("query", "--timeout", "PT5S", "RETURN reduce(s=0, x IN range(1,600000000) | s + x)",
                "--data", data.toString());

        assertThat(exit).isEqualTo(ExitCodes.QUERY_REFUSED);
        assertThat(err.toString().lines()).containsExactly(
                "error: Refused: range(1, 600000000) spans 600,000,000 values; inside an expression at most 100,000 "
                        + "are allowed. To go through more, make rows: UNWIND range(...) AS i. Neo4j cannot stop an "
                        + "expression at the timeout once it runs, so such expressions are refused before they run");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void parametersAreTypedWhenTheyParseAsJson() {
        assertThat(QueryCommand.typed(java.util.Map.of("n", "42", "b", "true", "s", "payments", "l", "[\"a\"]")))
                .containsEntry("n", 42L).containsEntry("b", true).containsEntry("s", "payments")
                .containsEntry("l", java.util.List.of("a"));
    }

    @Test
    void tokenCreatePrintsTheTokenOnceAndOnlyItsHashForConfiguration() {
        int exit = run("token", "create", "--name", "ci", "--role", "reader");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        java.util.List<String> lines = out.toString().lines().toList();
        String token = lines.get(0).substring("token: ".length());
        assertThat(token).startsWith("cgt_");
        assertThat(lines.get(1)).isEqualTo("tokens-file line: ci:reader:"
                + com.cataloggraph.app.security.ApiTokens.sha256(token));
    }

    @Test
    void tokenCreateWithAnExpiryPutsItInTheTokensFileLine() {
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        int exit = run("token", "create", "--name", "ci", "--role", "admin", "--expires", "90d");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        java.util.List<String> lines = out.toString().lines().toList();
        java.time.Instant expires = java.time.Instant.parse(lines.get(2).substring("expires: ".length()));
        assertThat(expires).isBetween(before.plus(java.time.Duration.ofDays(90)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(90)));
        assertThat(lines.get(1)).isEqualTo("tokens-file line: ci:admin:"
                + com.cataloggraph.app.security.ApiTokens.sha256(lines.get(0).substring("token: ".length())) + ":" + expires);
    }

    private static void collectHelp(CommandLine command, List<String> helps) {
        helps.add(command.getUsageMessage());
        command.getSubcommands().values().forEach(subcommand -> collectHelp(subcommand, helps));
    }

    private int run(String... args) {
        return CatalogGraphCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }
}
