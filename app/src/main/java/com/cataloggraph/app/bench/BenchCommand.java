package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Benchmark ingest and queries. Arrives with issue #7. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark ingest and queries. (not available yet: issue #7)")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("catalog-graph bench is not available yet (issue #7).");
        return ExitCodes.FAILED;
    }
}
