package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench mcp-start}: how soon an agent gets answers from a freshly started {@code mcp}, standalone
 * (it opens the embedded database itself) and attached (a {@code serve} holds the data folder), p50 and
 * p90 over several starts, each a new process as an agent's client starts it.
 */
@Command(name = "mcp-start", mixinStandardHelpOptions = true,
        description = {"Start `catalog-graph mcp` --runs times standalone, then --runs times attached to a `serve` "
                + "holding the same data folder, and report the time to the answer of initialize, to the first "
                + "answered tool call, and from closing stdin until the process is gone (p50, p90).",
            "Without --data it generates a small catalog (--scale) and ingests it into a temporary folder first."})
public final class McpStartBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Starts per scenario (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--data", paramLabel = "DIR", description = "An ingested data folder (default: a temporary one).")
    Path data;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "0.1",
            description = "Size of the catalog generated without --data (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--launcher", paramLabel = "COMMAND", split = " ",
            description = "How to start catalog-graph, e.g. ./catalog-graph (default: this JVM's java -jar this jar).")
    List<String> launcher;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> start = launcher != null && !launcher.isEmpty() ? launcher : thisJar();
        String load = Machine.loadAverage();
        try (TempFolders temp = new TempFolders()) {
            Path database = data != null ? data.toAbsolutePath() : fill(temp, err);
            List<McpStartProbe> standalone = measure("standalone", with(start, "mcp", "--data", database.toString()), err);
            List<McpStartProbe> attached;
            Process serve = new ProcessBuilder(with(start, "serve", "--port", "0", "--bolt-port", "0", "--data",
                    database.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                awaitServing(serve);
                attached = measure("attached", with(start, "mcp", "--data", database.toString()), err);
            } finally {
                serve.destroy();
                serve.waitFor(60, TimeUnit.SECONDS);
            }
            out.println("mcp-start: " + runs + " starts per scenario, milliseconds, p50 (p90); "
                    + Machine.current().describe().replaceFirst("load average .*$", "load average " + load
                    + " before, " + Machine.loadAverage() + " after"));
            out.println(String.format(Locale.ROOT, "%-11s %18s %18s %24s", "scenario", "initialize", "first answer",
                    "gone after stdin closed"));
            out.println(row("standalone", standalone));
            out.println(row("attached", attached));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private List<McpStartProbe> measure(String scenario, List<String> command, PrintWriter err) throws Exception {
        List<McpStartProbe> probes = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            McpStartProbe probe = McpStartProbe.run(command);
            err.printf("bench: mcp %s start %d/%d: initialize %d ms, first answer %d ms, gone %d ms%n", scenario, i,
                    runs, probe.initializeMillis(), probe.firstAnswerMillis(), probe.exitMillis());
            err.flush();
            probes.add(probe);
        }
        return probes;
    }

    private static String row(String scenario, List<McpStartProbe> probes) {
        return String.format(Locale.ROOT, "%-11s %18s %18s %24s", scenario,
                percentiles(probes.stream().mapToLong(McpStartProbe::initializeMillis).sorted().toArray()),
                percentiles(probes.stream().mapToLong(McpStartProbe::firstAnswerMillis).sorted().toArray()),
                percentiles(probes.stream().mapToLong(McpStartProbe::exitMillis).sorted().toArray()));
    }

    private static String percentiles(long[] sorted) {
        return Latencies.percentile(sorted, 50) + " (" + Latencies.percentile(sorted, 90) + ")";
    }

    /** A temporary data folder with a generated catalog ingested; closed again before the measured starts. */
    private Path fill(TempFolders temp, PrintWriter err) throws IOException {
        BenchFixture catalog = BenchFixture.generate(scale, GeneratorSettings.DEFAULT_SEED, temp);
        Path database = temp.create("data");
        err.println("bench: ingesting " + catalog.description() + " into " + database);
        err.flush();
        try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", false,
                Map.of("catalog.neo4j.data", database.toString(), "catalog.neo4j.bolt-port", 0,
                        "catalog.neo4j.uri", ""))) {
            CatalogIngester ingester = context.getBean(CatalogIngester.class);
            IngestReport report = ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(catalog.folder())),
                    OrphanStrategy.KEEP, false));
            if (!report.succeeded()) {
                throw new IllegalStateException("the catalog did not ingest: " + report.summary());
            }
        }
        return database;
    }

    private static void awaitServing(Process serve) throws IOException {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = stdout.readLine()) != null) {
            if (line.contains("serving at")) {
                Thread drain = new Thread(() -> stdout.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("serve ended before serving");
    }

    private List<String> thisJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator) || !Files.exists(Path.of(classPath))) {
            throw new ParameterException(spec.commandLine(), "not run from the packaged jar: pass --launcher, e.g. "
                    + "--launcher ./catalog-graph");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-jar");
        command.add(Path.of(classPath).toAbsolutePath().toString());
        return command;
    }

    private static List<String> with(List<String> start, String... arguments) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(arguments));
        return command;
    }
}
