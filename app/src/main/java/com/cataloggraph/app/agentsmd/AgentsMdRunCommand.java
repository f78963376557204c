package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.config.AgentsMdProperties;
import com.cataloggraph.agentsmd.run.AgentsMdRuns;
import com.cataloggraph.agentsmd.run.RepositoryState;
import com.cataloggraph.agentsmd.run.RunReport;
import com.cataloggraph.agentsmd.run.RunReportMarkdown;
import com.cataloggraph.agentsmd.run.RunRequest;
import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Drafts and proposes AGENTS.md for every selected checkout under a folder, or every repository of a host group. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Draft and propose AGENTS.md for every checkout under --root, or every repository of "
                + "--gitlab-group / --github-org read through the host's API without cloning, that the selection "
                + "covers; per-"
                + "repository state is kept in the graph, so --resume RUN continues where a run stopped and a second "
                + "run over unchanged repositories opens nothing.",
                "Progress goes to stderr, the JSON report to stdout (and to --report FILE). Exit code 1 when a "
                        + "repository failed."})
final class AgentsMdRunCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--root", paramLabel = "DIR", description = "Folder whose sub-folders are repository checkouts.")
    Path root;

    @Option(names = "--gitlab-group", paramLabel = "GROUP",
            description = "The projects of this GitLab group and its subgroups, read through the API (GITLAB_TOKEN, "
                    + "GITLAB_API_URL) without cloning; proposals are merge requests.")
    String gitlabGroup;

    @Option(names = "--github-org", paramLabel = "ORG",
            description = "The repositories of this GitHub organization, read through the API (GITHUB_TOKEN, "
                    + "GITHUB_API_URL) without cloning; proposals are pull requests.")
    String githubOrg;

    @Option(names = "--select", paramLabel = "KEY=VALUE",
            description = "owner=GROUP|USER (its child teams too), system=SYSTEM or repo=NAME-PATTERN (* and ?); "
                    + "comma-separated values are alternatives; repeat for more keys, which must all match.")
    List<String> select = new ArrayList<>();

    @Option(names = "--publisher", paramLabel = "local|gitlab|github", defaultValue = "local",
            description = "local: branch, commit and push in each checkout; gitlab: merge requests (GITLAB_TOKEN); "
                    + "github: pull requests (GITHUB_TOKEN). Default: ${DEFAULT-VALUE}.")
    String publisher;

    @Option(names = "--dry-run", description = "Draft only; publish nothing.")
    boolean dryRun;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Repositories at once (default: catalog.agents-md.concurrency, 4).")
    Integer concurrency;

    @Option(names = "--resume", paramLabel = "RUN",
            description = "Continue this run with its own root, selection and publisher: failed and unvisited "
                    + "repositories are done now.")
    String resume;

    @Option(names = "--out", paramLabel = "DIR", description = "With --dry-run, write each draft to DIR/<repo>/AGENTS.md.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
    Path reportFile;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the report as Markdown to FILE.")
    Path markdownFile;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        validate();
        RunReport report;
        try (ConfigurableApplicationContext context = CatalogRuntime.start("agents-md", false, database.properties(0))) {
            AgentsMdRuns runs = context.getBean(AgentsMdRuns.class);
            StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), Clock.systemUTC());
            try {
                int workers = concurrency != null ? concurrency
                        : context.getBean(AgentsMdProperties.class).concurrency();
                String host = gitlabGroup != null ? "gitlab:" + gitlabGroup
                        : githubOrg != null ? "github:" + githubOrg : null;
                report = resume != null ? runs.resume(resume, concurrency, progress)
                        : host != null ? runs.run(RunRequest.overHost(host, select, dryRun, workers, out), progress)
                        : runs.run(new RunRequest(root, select, publisher, dryRun, workers, out), progress);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        String json = JSON.writeValueAsString(report);
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        if (reportFile != null) {
            Files.writeString(reportFile, json + "\n");
        }
        if (markdownFile != null) {
            Files.writeString(markdownFile, RunReportMarkdown.render(report));
        }
        return report.count(RepositoryState.FAILED) > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private void validate() {
        int sources = (root != null ? 1 : 0) + (gitlabGroup != null ? 1 : 0) + (githubOrg != null ? 1 : 0);
        if (resume == null && sources != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "one of --root, --gitlab-group or "
                    + "--github-org is required unless --resume names a run");
        }
        if (sources == 1 && root == null && spec.commandLine().getParseResult().hasMatchedOption("--publisher")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--publisher goes with --root; a run over "
                    + "--gitlab-group opens merge requests and one over --github-org pull requests");
        }
        if (resume != null && (sources > 0 || !select.isEmpty() || dryRun || out != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume continues a run with its own root, "
                    + "selection, publisher and dry-run setting; only --concurrency and --report go with it");
        }
        if (out != null && !dryRun) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out writes drafts of a --dry-run; "
                    + "add --dry-run or drop --out");
        }
        if (concurrency != null && (concurrency < 1 || concurrency > 64)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--concurrency must be 1..64, was " + concurrency);
        }
    }
}
