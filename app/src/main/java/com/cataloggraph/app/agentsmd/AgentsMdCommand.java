package com.cataloggraph.app.agentsmd;

import com.cataloggraph.app.cli.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Draft AGENTS.md files and open merge requests in bulk. Arrives with issue #6. */
@Command(name = "agents-md", mixinStandardHelpOptions = true, description = "Draft AGENTS.md files and open merge requests in bulk. (not available yet: issue #6)")
public final class AgentsMdCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("catalog-graph agents-md is not available yet (issue #6).");
        return ExitCodes.FAILED;
    }
}
