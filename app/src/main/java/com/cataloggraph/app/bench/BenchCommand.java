package com.cataloggraph.app.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: the figures users pick a catalog by, measured on their own machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ingest (bench ingest), queries over MCP and GraphQL (bench queries), freshness "
                + "after webhooks and file saves (bench freshness) and remote AGENTS.md drafting (bench agents-md) "
                + "on a generated catalog, how soon a started `mcp` answers (bench mcp-start), how fast each command "
                + "starts (bench startup), the size of MCP answers (bench answers) and of the history (bench history); "
                + "prints a table. See docs/benchmarks.md.",
        subcommands = {IngestBenchCommand.class, QueryBenchCommand.class, FreshnessBenchCommand.class,
                AgentsMdBenchCommand.class, McpStartBenchCommand.class, StartupBenchCommand.class,
                AnswerSizeBenchCommand.class, HistoryBenchCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
