package com.cataloggraph.app.agentsmd;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Draft AGENTS.md files, check them, and propose them in bulk. */
@Command(name = "agents-md", mixinStandardHelpOptions = true,
        description = "Draft AGENTS.md files from each repository's files and the catalog, check whether they are "
                + "current, and open merge requests for many repositories in one run.",
        subcommands = {AgentsMdDraftCommand.class, AgentsMdCheckCommand.class, AgentsMdRunCommand.class})
public final class AgentsMdCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
