package com.cataloggraph.app.ingest;

import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.IngestReportJson;
import com.cataloggraph.ingest.source.DescriptorSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads catalog-info.yaml descriptors into the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest catalog-info.yaml descriptors into the graph.",
                "PATH is a folder of repository checkouts (each top-level folder one repository), one repository "
                        + "(a git checkout, or a folder with a descriptor at its top), or one descriptor file such as "
                        + "a root kind: Location. Unchanged files are skipped; a broken file keeps its earlier "
                        + "entities.",
                "With --gitlab-group or --github-org, repositories are discovered over the host's API instead "
                        + "(or as well)."},
        footer = {"", "Exit codes: 0 done (input errors are reported, not fatal), 1 a source could not be read or the "
                + "removal guard refused, 2 usage, 5 input errors with --strict."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "What to ingest.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    DiscoveryOptions discovery;

    @Option(names = "--report", paramLabel = "FILE.json",
            description = "Write the full report (counts, errors, conflicts, orphans, timings) as JSON.")
    Path report;

    @Option(names = "--strict", description = "Exit with 5 when any input error was found.")
    boolean strict;

    @Option(names = "--orphans", paramLabel = "keep|delete",
            description = "Entities whose descriptor disappeared: keep them flagged orphan (default), or delete them.")
    OrphanStrategy orphans;

    @Option(names = "--force",
            description = "Orphan or delete even when that removes more than catalog.ingest.max-removal-share "
                    + "(default 20%%) of the catalog.")
    boolean force;

    @Option(names = "--file-pattern", paramLabel = "GLOB",
            description = "Descriptor file name or repository path glob (repeatable; default: catalog-info.yaml "
                    + "and catalog-info.yml).")
    List<String> filePatterns = new ArrayList<>();

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && !discovery.any()) {
            err.println("error: give a PATH to ingest, --gitlab-group GROUP or --github-org ORG");
            err.flush();
            return ExitCodes.USAGE;
        }
        for (Path path : paths) {
            if (!path.toFile().exists()) {
                err.println("error: " + path.toAbsolutePath() + " does not exist; give a folder of repositories, a "
                        + "repository or a descriptor file");
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        Map<String, Object> properties = database.properties(0);
        for (int i = 0; i < filePatterns.size(); i++) {
            properties.put("catalog.ingest.file-patterns[" + i + "]", filePatterns.get(i));
        }
        try (ConfigurableApplicationContext context = CatalogRuntime.start("ingest", false, properties)) {
            CatalogIngester ingester = context.getBean(CatalogIngester.class);
            OrphanStrategy strategy = orphans != null ? orphans : ingester.properties().orphans();
            List<DescriptorSource> sources = new ArrayList<>(ingester.sourcesFor(paths));
            discovery.discover(ingester.properties().scan(), err).forEach(found -> sources.add(found.source()));
            IngestRequest request = new IngestRequest(sources, strategy, force);
            IngestReport result = ingester.ingest(request, new TerminalProgress(err, TerminalProgress.onTerminal()));
            if (report != null) {
                IngestReportJson.write(result, report);
            }
            IngestOutcome.print(result, out, err, report != null);
            return IngestOutcome.exitCode(result, strict);
        }
    }
}
