package com.cataloggraph.app.ingest;

import com.cataloggraph.app.cli.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Ingest catalog-info.yaml descriptors into the graph. Arrives with issue #3. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Ingest catalog-info.yaml descriptors into the graph. (not available yet: issue #3)")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("catalog-graph ingest is not available yet (issue #3).");
        return ExitCodes.FAILED;
    }
}
