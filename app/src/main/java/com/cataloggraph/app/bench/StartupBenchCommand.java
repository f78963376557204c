package com.cataloggraph.app.bench;

import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: how long each command takes to be ready when started as a new process
 * through the launcher, with the startup cache and without it, against the same start repeated in
 * an already warm JVM (issue 21's target: fresh at most 1.3x warm).
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = {"Start-to-ready of query, ingest, mcp and serve: as fresh processes through the launcher, "
                + "with the startup cache and without (CATALOG_GRAPH_AOT=off), and warm (the same start repeated in "
                + "this JVM). Medians of --runs; run it on an idle machine. See docs/benchmarks.md."})
public final class StartupBenchCommand implements Callable<Integer> {

    @Option(names = "--launcher", paramLabel = "FILE",
            description = "The launcher script (default: ./catalog-graph in this folder or a parent).")
    Path launcher;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Runs of each (default: 3).")
    int runs;

    @Option(names = "--only", paramLabel = "COMMAND", split = ",",
            description = "Only these: query, ingest, mcp, serve.")
    Set<StartupProbe> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        Path script = launcher != null ? launcher.toAbsolutePath() : findLauncher();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Machine: " + Machine.current().describe());
        try (TempFolders temp = new TempFolders()) {
            Path catalog = temp.create("catalog");
            CatalogGenerator.generate(new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, 0.01), catalog);
            Path data = temp.create("data");
            // Untimed: fills the database, and makes the startup cache if this build has none yet.
            StartupProbe.INGEST.fresh(script, Map.of(), data, catalog);
            out.println(String.format(Locale.ROOT, "%-40s %12s %12s %12s %12s", "median of " + runs + " runs, s",
                    "no cache", "cache", "warm", "cache/warm"));
            for (StartupProbe probe : only != null ? only : EnumSet.allOf(StartupProbe.class)) {
                double cold = median(runs, () -> probe.fresh(script, Map.of("CATALOG_GRAPH_AOT", "off"), data, catalog));
                double cached = median(runs, () -> probe.fresh(script, Map.of(), data, catalog));
                probe.warm(data, catalog);
                double warm = median(runs, () -> timed(() -> probe.warm(data, catalog)));
                out.println(String.format(Locale.ROOT, "%-40s %12.2f %12.2f %12.2f %11.2fx", probe.label(), cold,
                        cached, warm, cached / warm));
                out.flush();
            }
            out.println("Load average after: " + Machine.loadAverage());
        }
        return 0;
    }

    /** The median in seconds (nearest rank, as the other benches' percentiles). */
    private static double median(int runs, Measured measured) throws Exception {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = measured.nanos();
        }
        Arrays.sort(nanos);
        return Latencies.percentile(nanos, 50) / 1e9;
    }

    private static long timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private Path findLauncher() {
        List<Path> looked = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("catalog-graph");
            looked.add(candidate);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new ParameterException(spec.commandLine(), "no launcher found (looked at " + looked.getFirst()
                + " and its parents); give --launcher FILE");
    }

    @FunctionalInterface
    private interface Measured {
        long nanos() throws Exception;
    }
}
