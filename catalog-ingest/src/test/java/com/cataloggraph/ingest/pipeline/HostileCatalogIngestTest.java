package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.DescriptorMutator;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile descriptors in a whole run over a real database: a working catalog is ingested, some of
 * its files are mutated (see {@link DescriptorMutator}), and the next run must finish with a
 * report, never an exception, and lose nothing already stored: every entity is still there
 * (orphaned at worst, the default keeps orphans), and the entities of files nobody touched still
 * come from the same bytes (a mutated Location may orphan them, which is not a loss).
 */
@Tag("security")
class HostileCatalogIngestTest {

    private static final int TRIES = Integer.getInteger("catalog.fuzz.catalog-tries", 4);
    private static final long SEED = Long.getLong("catalog.fuzz.seed", 20261122L);

    private static final String ENTITIES = """
            MATCH (n:Entity) WHERE n.missing = false
            RETURN n.ref AS ref, n.sourceLocation AS file, n.sourceHash AS hash
            ORDER BY ref
            """;

    @TempDir
    Path temp;

    @Test
    void aRunOverMutatedFilesReportsAndLosesNothingStored() throws IOException {
        DescriptorMutator mutator = new DescriptorMutator();
        for (int number = 0; number < TRIES; number++) {
            Random random = new Random(new SplittableRandom(SEED + number).nextLong());
            Path catalog = copy(SampleCatalog.root(), temp.resolve("try-" + number));
            IngestTesting ingest = new IngestTesting();
            GraphProbe graph = ingest.probe();
            ingest.ingest(catalog);
            List<Map<String, Object>> before = graph.rows(ENTITIES);

            List<String> mutated = mutateSome(catalog, random, mutator);
            IngestReport report = ingest.ingest(catalog);

            String context = "try " + number + " (seed " + SEED + "), mutated " + mutated;
            assertThat(report.counts().files()).as(context).isGreaterThan(0);
            List<Map<String, Object>> after = graph.rows(ENTITIES);
            List<String> refsAfter = after.stream().map(row -> (String) row.get("ref")).toList();
            for (Map<String, Object> entity : before) {
                assertThat(refsAfter).as(context).contains((String) entity.get("ref"));
                if (!mutated.contains(entity.get("file"))) {
                    assertThat(after).as(context).contains(entity);
                }
            }
        }
    }

    /** Mutates one to four descriptors in place; returns their location refs ({@code file:/abs/path}). */
    private static List<String> mutateSome(Path catalog, Random random, DescriptorMutator mutator)
            throws IOException {
        List<Path> descriptors;
        try (Stream<Path> files = Files.walk(catalog)) {
            descriptors = files.filter(file -> file.getFileName().toString().matches("catalog-info\\.ya?ml")
                    || file.toString().contains("/larkspur-org/") && file.toString().endsWith(".yaml"))
                    .filter(file -> !file.toString().contains("/vendor/")).sorted().toList();
        }
        List<String> mutated = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            Path file = descriptors.get(random.nextInt(descriptors.size()));
            Files.write(file, mutator.mutate(random, Files.readAllBytes(file)));
            mutated.add("file:" + file.toAbsolutePath());
        }
        return mutated;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
