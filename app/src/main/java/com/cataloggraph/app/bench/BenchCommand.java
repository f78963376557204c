package com.cataloggraph.app.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: the figures users pick a catalog by, measured on their own machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ingest (bench ingest) and queries over MCP and GraphQL (bench queries) on a generated "
                + "catalog, the size of MCP answers (bench answers) and of the history (bench history); prints a "
                + "table, --json FILE for machines. See docs/benchmarks.md.",
        subcommands = {IngestBenchCommand.class, QueryBenchCommand.class, AnswerSizeBenchCommand.class,
                HistoryBenchCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
