package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench queries}: how fast questions are answered, per MCP tool and GraphQL query, in-process and over HTTP. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Measure p50/p90/p99 latency and throughput of each of the 13 MCP tools (and "
                + "list_entities with an owner filter alone, list_entities_by_owner) and three typical "
                + "GraphQL queries (a page of 50 components with owner and dependencies, who owns X, the blast "
                + "radius of X), each in-process and over HTTP (a real MCP client on /mcp, POST /graphql) against "
                + "the server this command starts on a free port, then the catalog browser's page requests (ui_*: "
                + "the documents its pages send) over HTTP. Arguments are drawn from the graph.",
            "Without --data it generates a catalog (--scale, --seed, or --fixture DIR) and ingests it into a "
                + "temporary database first.",
            "With --targets URL1,URL2 it starts no server: it measures the HTTP probes against those servers "
                + "(running on one database, reached through NEO4J_URI or --data), first every caller on URL1, "
                + "then the same callers spread over all of them (use --concurrency 8 or so)."})
public final class QueryBenchCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Query this embedded database, already ingested (it is only read). Default: a temporary "
                    + "one, filled first.")
    Path data;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size of the catalog generated without --data (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Seed of the generated catalog (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fixture", paramLabel = "DIR", description = "Ingest this folder instead of generating one.")
    Path fixture;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1",
            description = "Callers at once, per tool and query (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "5", converter = SecondsConverter.class,
            description = "Seconds each tool and query is measured, per transport (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "2", converter = SecondsConverter.class,
            description = "Seconds of calls before measuring each, not recorded (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Measure only these tools or queries (e.g. get_owner,components_page).")
    List<String> only = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--targets", paramLabel = "URL", split = ",",
            description = "Measure these running servers (base URLs as serve prints them) instead of starting one.")
    List<String> targets = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadRunner.Settings settings = settings();
        if (!targets.isEmpty()) {
            return new ScaleOutBench(targets, data, settings, new LinkedHashSet<>(only)).run(out, err, json);
        }
        if (data != null && !Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "--data " + data.toAbsolutePath() + " is not a folder; "
                    + "give the data folder of an ingested catalog, or leave --data out to generate one");
        }
        Machine machine = Machine.current();
        try (TempFolders temp = new TempFolders()) {
            BenchFixture catalog = data != null ? null : fixture(temp, err);
            Path database = data != null ? data.toAbsolutePath() : temp.create("data");
            try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", true,
                    properties(database))) {
                // One access-log line per call would drown the table (a logging property would come too late).
                LoggingSystem.get(getClass().getClassLoader()).setLogLevel("catalog.access", LogLevel.WARN);
                Set<String> names = new LinkedHashSet<>(only);
                names.removeAll(QueryProbes.names(context));
                if (!names.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--only: unknown " + String.join(", ", names)
                            + "; choose from " + String.join(", ", QueryProbes.names(context)));
                }
                String described = catalog == null ? "the database in " + database : ingest(context, catalog, err);
                CatalogSample sample = CatalogSample.read(context.getBean(CatalogDatabase.class));
                String missing = sample.missing();
                if (missing != null) {
                    err.println("error: the catalog in " + database + " has " + missing + ", so the tools would "
                            + "have nothing to answer; ingest a catalog into it first, or leave --data out");
                    err.flush();
                    return ExitCodes.FAILED;
                }
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                List<ProbeResult> results = new ArrayList<>();
                for (Probe probe : QueryProbes.all(context, sample, "http://127.0.0.1:" + port,
                        new LinkedHashSet<>(only))) {
                    err.println("bench: " + probe.name() + " (" + probe.transport() + ")");
                    err.flush();
                    results.add(LoadRunner.run(probe, settings));
                }
                QueryBenchReport report = new QueryBenchReport(described, machine, settings, sample.entities(),
                        sample.relations(), results, Machine.loadAverage());
                report.lines().forEach(out::println);
                out.flush();
                if (json != null) {
                    BenchJson.write(report.json(), json);
                }
                return ExitCodes.OK;
            }
        }
    }

    private LoadRunner.Settings settings() {
        try {
            return new LoadRunner.Settings(concurrency, warmup, duration);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private BenchFixture fixture(TempFolders temp, PrintWriter err) throws java.io.IOException {
        try {
            return BenchFixture.prepare(fixture, scale, seed, temp, err);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String ingest(ConfigurableApplicationContext context, BenchFixture catalog, PrintWriter err)
            throws java.io.IOException {
        err.println("bench: ingesting " + catalog.folder());
        err.flush();
        CatalogIngester ingester = context.getBean(CatalogIngester.class);
        IngestReport report = ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(catalog.folder())),
                OrphanStrategy.KEEP, false));
        if (!report.succeeded()) {
            throw new IllegalStateException("the catalog did not ingest: " + report.summary());
        }
        return catalog.description();
    }

    private static Map<String, Object> properties(Path database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("catalog.neo4j.data", database.toString());
        properties.put("catalog.neo4j.bolt-port", 0);
        properties.put("catalog.neo4j.uri", "");
        properties.put("server.port", 0);
        properties.put("server.address", "127.0.0.1");
        return properties;
    }
}
