package com.cataloggraph.app.mcp;

import com.cataloggraph.app.cli.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Serve the MCP tools over stdio. Arrives with issue #4. */
@Command(name = "mcp", mixinStandardHelpOptions = true, description = "Serve the MCP tools over stdio. (not available yet: issue #4)")
public final class McpCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("catalog-graph mcp is not available yet (issue #4).");
        return ExitCodes.FAILED;
    }
}
