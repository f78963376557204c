package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench history}: how big the catalog's history grows under steady change. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Measure the history's size: a generated catalog is ingested cold, then --days simulated days "
                + "follow, each editing --daily-change of the descriptor files (description and lifecycle, every "
                + "fourth file its owner too) and ingesting again. Prints the recorded changes and their size after "
                + "the cold ingest and after the last day, and the database folder's size. The days are simulated "
                + "back to back, so nothing reaches the retention period (pruning is not exercised here)."})
public final class HistoryBenchCommand implements Callable<Integer> {

    /** Characters of every property of every recorded change, a floor of what the history stores. */
    static final String HISTORY_SIZE = """
            MATCH (c:EntityChange)
            RETURN count(c) AS changes,
                   coalesce(sum(size(c.run) + size(c.ref) + size(c.change) + size(coalesce(c.kind, ''))
                       + size(coalesce(c.before, '')) + size(coalesce(c.after, '')) + size(coalesce(c.owner, ''))
                       + size(coalesce(c.ownerBefore, '')) + size(coalesce(c.file, '')) + size(coalesce(c.commit, ''))
                       + size(coalesce(c.hash, '')) + 12
                       + reduce(total = 0, x IN coalesce(c.fields, []) + coalesce(c.declared, [])
                           + coalesce(c.declaredAt, []) + coalesce(c.undeclared, []) + coalesce(c.undeclaredAt, [])
                           | total + size(x))), 0) AS characters
            """;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size of the generated catalog, 1 = ~16K entities (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Seed of the generated catalog (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Simulated days (default: 30).")
    int days;

    @Option(names = "--daily-change", paramLabel = "SHARE", defaultValue = "0.01",
            description = "Share of the descriptor files edited each day (default: 0.01).")
    double dailyChange;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || !(dailyChange > 0 && dailyChange <= 1)) {
            throw new ParameterException(spec.commandLine(), "--days must be at least 1 and --daily-change between 0 "
                    + "(excluded) and 1, were " + days + " and " + dailyChange);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TempFolders temp = new TempFolders()) {
            BenchFixture catalog = BenchFixture.prepare(null, scale, seed, temp, err);
            Path data = temp.create("data");
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("catalog", catalog.description());
            figures.put("days", days);
            figures.put("dailyChange", dailyChange);
            try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", false,
                    BenchDatabase.embeddedIn(data))) {
                CatalogIngester ingester = context.getBean(CatalogIngester.class);
                CatalogDatabase database = context.getBean(CatalogDatabase.class);
                err.println("bench: cold ingest");
                err.flush();
                ingest(ingester, catalog.folder());
                Map<String, Long> cold = size(database);
                long coldFolder = folderSize(data);
                List<Path> descriptors = database.read(tx -> tx.run(BenchCypher.SOURCE_FILES)
                        .list(row -> row.get("location").asString())).stream()
                        .filter(location -> location.startsWith("file:"))
                        .map(location -> Path.of(location.substring("file:".length()))).toList();
                List<Long> editedPerDay = new ArrayList<>();
                for (int day = 1; day <= days; day++) {
                    List<Path> edited = DailyEdits.apply(descriptors, dailyChange, day);
                    err.println("bench: day " + day + ": " + edited.size() + " files edited");
                    err.flush();
                    ingest(ingester, catalog.folder());
                    editedPerDay.add((long) edited.size());
                }
                Map<String, Long> last = size(database);
                long lastFolder = folderSize(data);
                figures.put("afterColdIngest", cold);
                figures.put("afterDays", last);
                figures.put("filesEditedPerDay", editedPerDay.getFirst());
                figures.put("databaseFolderBytesAfterCold", coldFolder);
                figures.put("databaseFolderBytesAfterDays", lastFolder);
                long changes = last.get("changes") - cold.get("changes");
                long characters = last.get("characters") - cold.get("characters");
                out.printf(Locale.ROOT, "%s%n", catalog.description());
                out.printf(Locale.ROOT, "after the cold ingest: %,d changes recorded, %,d characters of properties"
                        + "%n", cold.get("changes"), cold.get("characters"));
                out.printf(Locale.ROOT, "%d days of %.1f%% daily change (%,d files a day): %,d more changes, %,d more "
                        + "characters (%,.0f per change, %,.0f per day)%n", days, dailyChange * 100,
                        editedPerDay.getFirst(), changes, characters, changes == 0 ? 0.0 : (double) characters / changes,
                        (double) characters / days);
                out.printf(Locale.ROOT, "database folder: %,d bytes after the cold ingest, %,d after day %d (+%,d)%n",
                        coldFolder, lastFolder, days, lastFolder - coldFolder);
                out.flush();
            }
            if (json != null) {
                BenchJson.write(figures, json);
            }
            return ExitCodes.OK;
        }
    }

    private static void ingest(CatalogIngester ingester, Path folder) throws IOException {
        IngestReport report = ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(folder)),
                OrphanStrategy.KEEP, false));
        if (!report.succeeded()) {
            throw new IllegalStateException("an ingest of the history benchmark failed: " + report.summary());
        }
    }

    private static Map<String, Long> size(CatalogDatabase database) {
        return database.read(tx -> {
            var row = tx.run(HISTORY_SIZE).single();
            Map<String, Long> size = new LinkedHashMap<>();
            size.put("changes", row.get("changes").asLong());
            size.put("characters", row.get("characters").asLong());
            return size;
        });
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
