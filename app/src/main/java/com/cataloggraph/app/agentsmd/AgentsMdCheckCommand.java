package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.draft.CheckResult;
import com.cataloggraph.agentsmd.draft.DraftStatus;
import com.cataloggraph.agentsmd.draft.RepositoryDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reports whether each checkout's AGENTS.md is current. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report for each checkout whether its AGENTS.md is missing, unmanaged (no generated block), "
                + "up-to-date, stale (a fresh draft differs) or edited (the generated block was changed by hand), "
                + "with the reason. Exit code 7 unless all are up to date.")
final class AgentsMdCheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "REPO", description = "Repository checkouts.")
    List<Path> repositories;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Checkouts.requireFolders(spec, repositories);
        PrintWriter stdout = spec.commandLine().getOut();
        boolean allCurrent = true;
        try (ConfigurableApplicationContext context = CatalogRuntime.start("agents-md", false, database.properties(0))) {
            RepositoryDrafter drafter = context.getBean(RepositoryDrafter.class);
            for (Path repository : repositories) {
                RepositoryDraft draft = drafter.draft(repository);
                CheckResult check = draft.check();
                allCurrent &= check.status() == DraftStatus.UP_TO_DATE;
                stdout.println(draft.checkout().name() + ": " + label(check.status()) + " (" + check.reason() + ")");
            }
        }
        stdout.flush();
        return allCurrent ? ExitCodes.OK : ExitCodes.NOT_UP_TO_DATE;
    }

    static String label(DraftStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
