package com.cataloggraph.app.bench;

import com.cataloggraph.agentsmd.run.AgentsMdRuns;
import com.cataloggraph.agentsmd.run.RepositoryState;
import com.cataloggraph.agentsmd.run.RunProgress;
import com.cataloggraph.agentsmd.run.RunReport;
import com.cataloggraph.agentsmd.run.RunRequest;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench agents-md}: AGENTS.md drafts for a whole GitLab group read through the API, no clone: the generated
 * catalog's repositories are served by a local GitLab stand-in and ingested into the graph, then a dry run over the
 * group is timed cold (empty blob cache) and warm (everything cached, nothing changed), with the requests each sent.
 */
@Command(name = "agents-md", mixinStandardHelpOptions = true,
        description = {"Measure remote AGENTS.md drafting: the generated catalog is ingested and its repositories "
                + "served by a local GitLab stand-in; `agents-md run --gitlab-group --dry-run` runs twice, cold (empty "
                + "blob cache) and warm (nothing changed). Prints repositories per second and requests per repository."})
public final class AgentsMdBenchCommand implements Callable<Integer> {

    private static final String GROUP = "bench";

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size of the generated catalog, 1 = Cloudflare's (3,896 repositories) (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Seed of the generated catalog (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Repositories at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (concurrency < 1 || concurrency > 64) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be 1..64, was " + concurrency);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Machine machine = Machine.current();
        try (TempFolders temp = new TempFolders()) {
            BenchFixture catalog;
            try {
                catalog = BenchFixture.prepare(null, scale, seed, temp, err);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            lines.add("catalog: " + catalog.description());
            lines.add("machine: " + machine.describe());
            try (GitLabStandIn gitlab = new GitLabStandIn(GROUP, catalog.folder())) {
                Map<String, Object> properties = new HashMap<>();
                properties.put("catalog.neo4j.data", temp.create("data").toString());
                properties.put("catalog.neo4j.bolt-port", 0);
                properties.put("catalog.neo4j.uri", "");
                properties.put("catalog.agents-md.gitlab.api-url", gitlab.api().toString());
                properties.put("catalog.agents-md.gitlab.token", "bench-token");
                properties.put("catalog.agents-md.cache-dir", temp.create("agents-md-cache").toString());
                try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", false, properties)) {
                    err.println("bench: ingesting the catalog");
                    err.flush();
                    CatalogIngester ingester = context.getBean(CatalogIngester.class);
                    IngestReport ingested = ingester.ingest(new IngestRequest(
                            ingester.sourcesFor(List.of(catalog.folder())), OrphanStrategy.KEEP, false));
                    if (!ingested.succeeded()) {
                        throw new IllegalStateException("the catalog did not ingest: " + ingested.summary());
                    }
                    AgentsMdRuns runs = context.getBean(AgentsMdRuns.class);
                    for (String phase : List.of("cold", "warm")) {
                        err.println("bench: " + phase + " dry run over " + gitlab.folders().size()
                                + " repositories of the GitLab stand-in");
                        err.flush();
                        int before = gitlab.requests();
                        long started = System.nanoTime();
                        RunReport report = runs.run(RunRequest.overHost("gitlab:" + GROUP, List.of(), true,
                                concurrency, null), RunProgress.NONE);
                        double seconds = (System.nanoTime() - started) / 1e9;
                        int requests = gitlab.requests() - before;
                        long repositories = report.repositories().size();
                        long failed = report.count(RepositoryState.FAILED);
                        lines.add(String.format(Locale.ROOT, "%s dry run: %,d repositories in %.1f s = %.1f "
                                        + "repositories/s; %,d requests = %.2f per repository; %d rate-limit waits; "
                                        + "%d failed", phase, repositories, seconds, repositories / seconds, requests,
                                requests / (double) Math.max(1, repositories), report.host().rateLimitWaits(), failed));
                        Map<String, Object> figure = new LinkedHashMap<>();
                        figure.put("repositories", repositories);
                        figure.put("seconds", Math.round(seconds * 10) / 10.0);
                        figure.put("repositoriesPerSecond", Math.round(repositories / seconds * 10) / 10.0);
                        figure.put("requests", requests);
                        figure.put("requestsPerRepository", Math.round(requests * 100.0 / Math.max(1, repositories))
                                / 100.0);
                        figure.put("failed", failed);
                        figures.put(phase, figure);
                    }
                }
            }
            String load = Machine.loadAverage();
            lines.add("load average at the end: " + load);
            figures.put("loadAverage", load);
            lines.forEach(out::println);
            out.flush();
            if (json != null) {
                BenchJson.write(figures, json);
            }
            return ExitCodes.OK;
        }
    }
}
