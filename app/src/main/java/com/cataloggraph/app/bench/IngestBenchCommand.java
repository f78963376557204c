package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.neo4j.Neo4jProperties;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench ingest}: how fast a catalog gets into the graph, and how close that is to the floor. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Measure ingest in one process: (a) cold into an empty embedded database, (b) again with "
                + "nothing changed, (c) again after 1%% of the descriptor files changed (put back afterwards); each "
                + "with wall time, entities/s, peak heap and RSS. Then the floor: the same files parsed by SnakeYAML "
                + "alone, and the same nodes and relationships written with plain UNWIND/CREATE into a fresh "
                + "database; prints cold ingest / floor.",
            "Scale 10 within 2 GB of heap: JAVA_OPTS=-Xmx2g ./catalog-graph bench ingest --scale 10"})
public final class IngestBenchCommand implements Callable<Integer> {

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size of the generated catalog, 1 = Cloudflare's (~16K entities); ignored with --fixture "
                    + "(default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Seed of the generated catalog (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fixture", paramLabel = "DIR",
            description = "Ingest this folder of repositories instead of generating one (e.g. from catalog-graph "
                    + "fixtures generate); the 1%% it changes are put back at the end.")
    Path fixture;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Put the benchmark's database here (new or empty; kept afterwards) instead of a temporary "
                    + "folder.")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        requireEmpty(data);
        Machine machine = Machine.current();
        ResourceMeter meter = new ResourceMeter();
        try (TempFolders temp = new TempFolders()) {
            BenchFixture catalog = prepareFixture(temp, err);
            Path database = data != null ? data.toAbsolutePath() : temp.create("data");
            long starting = System.nanoTime();
            IngestBenchReport report;
            List<Measurement> phases;
            List<Measurement> floors;
            long databaseStart;
            try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", false,
                    properties(database))) {
                databaseStart = System.nanoTime() - starting;
                Neo4jProperties neo4j = context.getBean(Neo4jProperties.class);
                CatalogDatabase graph = context.getBean(CatalogDatabase.class);
                CatalogIngester ingester = context.getBean(CatalogIngester.class);
                IngestPhases ingest = new IngestPhases(ingester, graph, catalog.folder(), meter);
                progress(err, IngestPhases.COLD);
                Measurement cold = ingest.cold();
                List<Path> descriptors = ingest.descriptorFiles();
                progress(err, IngestPhases.NO_CHANGE);
                Measurement noChange = ingest.noChange();
                progress(err, IngestPhases.CHANGED);
                Measurement changed = ingest.changed(descriptors);

                progress(err, YamlFloor.PHASE);
                Measurement parseFloor = YamlFloor.run(descriptors, ingester.properties().threads(), meter);
                StoredGraphPages stored = new StoredGraphPages(graph, neo4j.writeBatchSize());
                progress(err, WriteFloor.PHASE);
                Measurement writeFloor = WriteFloor.run(stored, temp.create("floor"), neo4j.pageCache().toBytes(),
                        neo4j.writeBatchSize(), false, meter);
                progress(err, WriteFloor.PHASE_WITH_SCHEMA);
                Measurement schemaFloor = WriteFloor.run(stored, temp.create("floor-schema"),
                        neo4j.pageCache().toBytes(), neo4j.writeBatchSize(), true, meter);
                phases = List.of(cold, noChange, changed);
                floors = List.of(parseFloor, writeFloor, schemaFloor);
            }
            // The floor necessarily runs after the ingest (it writes what the ingest stored), on a JVM whose
            // JIT has compiled Neo4j's write path by then: the same ingest into another empty database now
            // compares like with like.
            progress(err, IngestPhases.WARM_COLD);
            Measurement warmCold;
            try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", false,
                    properties(temp.create("data-warm-jvm")))) {
                warmCold = new IngestPhases(context.getBean(CatalogIngester.class),
                        context.getBean(CatalogDatabase.class), catalog.folder(), meter).coldWithWarmJvm();
            }
            report = new IngestBenchReport(catalog.description(), machine, databaseStart, phases, warmCold,
                    floors.get(0), floors.get(1), floors.get(2), Machine.loadAverage());
            report.lines().forEach(out::println);
            out.flush();
            if (json != null) {
                BenchJson.write(report.json(), json);
            }
            return ExitCodes.OK;
        }
    }

    private BenchFixture prepareFixture(TempFolders temp, PrintWriter err) throws IOException {
        try {
            return BenchFixture.prepare(fixture, scale, seed, temp, err);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void requireEmpty(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--data " + folder.toAbsolutePath() + " is a file; give "
                    + "a new or empty folder");
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                throw new ParameterException(spec.commandLine(), "--data " + folder.toAbsolutePath() + " is not "
                        + "empty; the cold ingest needs an empty database, so give a new or empty folder");
            }
        }
    }

    private static Map<String, Object> properties(Path database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("catalog.neo4j.data", database.toString());
        properties.put("catalog.neo4j.bolt-port", 0);
        // The cold phase needs this process's own empty database, never another process's.
        properties.put("catalog.neo4j.when-data-in-use", "fail");
        properties.put("catalog.neo4j.uri", "");
        return properties;
    }

    private static void progress(PrintWriter err, String phase) {
        err.println("bench: " + phase);
        err.flush();
    }
}
