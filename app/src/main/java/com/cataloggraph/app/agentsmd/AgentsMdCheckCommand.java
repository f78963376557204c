package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.config.AgentsMdProperties;
import com.cataloggraph.agentsmd.config.HostApis;
import com.cataloggraph.agentsmd.draft.CheckResult;
import com.cataloggraph.agentsmd.draft.DraftStatus;
import com.cataloggraph.agentsmd.draft.NestedDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.agentsmd.drift.DriftCheck;
import com.cataloggraph.agentsmd.drift.DriftReport;
import com.cataloggraph.agentsmd.drift.DriftStatus;
import com.cataloggraph.agentsmd.drift.MergeRequestComment;
import com.cataloggraph.agentsmd.publish.PublishException;
import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reports whether each checkout's AGENTS.md is current, or whether a change makes it stale. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Report for each checkout whether its AGENTS.md is missing, unmanaged (no generated block), "
                + "up-to-date, stale (a fresh draft differs) or edited (the generated block was changed by hand), "
                + "with the reason. Exit code 7 unless all are up to date.",
                "With --diff BASE..HEAD (one checkout, default the current folder): whether the change makes "
                        + "AGENTS.md stale, and the exact lines to update. Exit code 7 when stale, 0 when the change "
                        + "does not affect it or updates it, 2 for a bad range, 1 when --comment failed."})
final class AgentsMdCheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "REPO", description = "Repository checkouts.")
    List<Path> repositories = List.of();

    @Option(names = "--diff", paramLabel = "BASE..HEAD",
            description = "Compare the drafts of two commits (BASE...HEAD: from their merge base).")
    String diff;

    @Option(names = "--comment", paramLabel = "TARGET",
            description = "With --diff: keep one comment on the merge request gitlab:GROUP/PROJECT!IID or pull request "
                    + "github:OWNER/REPO#NUMBER (GITLAB_TOKEN / GITHUB_TOKEN), updated on every run, created only "
                    + "when the change makes the file stale.")
    String comment;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (diff != null) {
            return checkDiff();
        }
        if (comment != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--comment goes with --diff BASE..HEAD");
        }
        if (repositories.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one REPO (or --diff BASE..HEAD)");
        }
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
                for (NestedDraft nested : draft.nested()) {
                    allCurrent &= nested.check().status() == DraftStatus.UP_TO_DATE;
                    stdout.println(draft.checkout().name() + "/" + nested.path() + ": " + label(nested.check().status())
                            + " (" + nested.check().reason() + ")");
                }
            }
        }
        stdout.flush();
        return allCurrent ? ExitCodes.OK : ExitCodes.NOT_UP_TO_DATE;
    }

    private int checkDiff() {
        if (repositories.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--diff checks one checkout, got "
                    + repositories.size());
        }
        List<Path> checkout = repositories.isEmpty() ? List.of(Path.of(".")) : repositories;
        Checkouts.requireFolders(spec, checkout);
        PrintWriter stdout = spec.commandLine().getOut();
        DriftReport report;
        try (ConfigurableApplicationContext context = CatalogRuntime.start("agents-md", false, database.properties(0))) {
            AgentsMdProperties properties = context.getBean(AgentsMdProperties.class);
            DriftCheck check = new DriftCheck(context.getBean(RepositoryDrafter.class), properties.remote(),
                    properties.gitTimeout());
            try {
                report = check.check(checkout.getFirst().toAbsolutePath().normalize(), diff);
            } catch (IllegalArgumentException | PublishException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            stdout.print(report.text());
            stdout.flush();
            if (comment != null) {
                try {
                    MergeRequestComment.Outcome outcome = MergeRequestComment.on(comment,
                            context.getBean(HostApis.class)::api).put(report.comment(),
                            report.status() == DriftStatus.STALE);
                    spec.commandLine().getErr().println("comment on " + comment + ": "
                            + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    spec.commandLine().getErr().flush();
                    return ExitCodes.FAILED;
                }
            }
        }
        return report.status().exitCode();
    }

    static String label(DraftStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
