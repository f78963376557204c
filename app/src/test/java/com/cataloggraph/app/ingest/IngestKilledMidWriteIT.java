package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.neo4j.DataFolderLock;
import com.cataloggraph.app.neo4j.EmbeddedNeo4j;
import com.cataloggraph.app.neo4j.RunningInstance;
import com.cataloggraph.app.process.CatalogGraphProcess;
import com.cataloggraph.app.testing.DataFolderDatabase;
import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GenerationReport;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.model.testing.GraphDigest;
import com.cataloggraph.model.testing.TestNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * SIGKILL in the middle of an ingest's writes, then the same ingest again: the data folder must
 * end up holding exactly the graph a clean ingest of the same input produces. The in-process
 * sweep over every possible crash point is {@code CrashConvergenceTest} in catalog-ingest.
 */
class IngestKilledMidWriteIT {

    /** About 3,200 entities in 750 repositories: the write phase takes seconds. */
    private static final GeneratorSettings CATALOG = new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, 0.2);

    /** Many small transactions, so the kill lands between some of them; every run uses the same setting. */
    private static final Map<String, String> SMALL_BATCHES = Map.of("CATALOG_NEO4J_WRITEBATCHSIZE", "100");

    private static final String LIVE_ENTITIES = "MATCH (n:Entity) WHERE n.missing = false RETURN count(n)";
    private static final String SOURCE_FILES = "MATCH (f:SourceFile) RETURN count(f)";
    private static final String HELD_LEASES = "MATCH (l:IngestLease) WHERE l.holder IS NOT NULL RETURN count(l)";
    private static final Duration RUN = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    @Test
    void aRunKilledMidWriteIsRepairedByTheNextRunToExactlyTheGraphOfACleanRun() throws Exception {
        Path repos = temp.resolve("repos");
        GenerationReport generated = CatalogGenerator.generate(CATALOG, repos);
        int entities = generated.totalEntities();
        Path killed = temp.resolve("killed-data");

        long seenBeforeKill = killOnceWritesAreUnderWay(repos, killed);

        long written;
        try (DataFolderDatabase leftOver = DataFolderDatabase.open(killed)) {
            written = leftOver.number(LIVE_ENTITIES);
            assertThat(seenBeforeKill).isPositive();
            assertThat(written).as("entities the killed run committed").isBetween(seenBeforeKill, entities - 1L);
            assertThat(leftOver.number(SOURCE_FILES)).as("file states are saved after the writes").isZero();
            assertThat(leftOver.number(HELD_LEASES)).as("the killed run never gave its ingest lease back").isOne();
            // Its timeout (a minute) is over before the next run: the next run takes it at once.
            TestNeo4j.lapseIngestLease(leftOver.database());
        }

        ingestToCompletion(repos, killed);
        Path clean = temp.resolve("clean-data");
        ingestToCompletion(repos, clean);

        GraphDigest repaired = digestOf(killed);
        GraphDigest reference = digestOf(clean);
        assertThat(repaired.sha256()).as(repaired.differences(reference, 20)).isEqualTo(reference.sha256());
        assertThat(reference.nodes()).isGreaterThan(entities);
        assertThat(reference.relationships()).isGreaterThan(entities);
        System.out.printf("killed with %d of %d entities committed (%d seen before the kill); repaired and clean "
                + "graphs both digest to %s (%d nodes, %d relationships)%n", written, entities, seenBeforeKill,
                reference.sha256(), reference.nodes(), reference.relationships());
    }

    /** Starts the ingest, waits until its first batches are committed (seen over its own Bolt port), SIGKILLs it. */
    private long killOnceWritesAreUnderWay(Path repos, Path data) throws Exception {
        try (CatalogGraphProcess ingest = CatalogGraphProcess.start(SMALL_BATCHES, "ingest", repos.toString(),
                "--data", data.toString())) {
            ingest.awaitStderr("ingest: writing", RUN);
            RunningInstance instance = DataFolderLock.holder(data).orElseThrow(() ->
                    new AssertionError("the ingest did not publish its Bolt endpoint: " + ingest.output()));
            long seen = 0;
            try (Driver driver = GraphDatabase.driver(instance.boltUri(), EmbeddedNeo4j.authFor(data))) {
                long deadline = System.nanoTime() + RUN.toNanos();
                while (seen == 0 && ingest.isAlive() && System.nanoTime() < deadline) {
                    seen = driver.executableQuery(LIVE_ENTITIES).execute().records().getFirst().get(0).asLong();
                    Thread.sleep(10);
                }
            }
            ingest.kill();
            assertThat(ingest.stdout()).as("the run must not have finished").noneMatch(line ->
                    line.startsWith("Ingested"));
            return seen;
        }
    }

    private static void ingestToCompletion(Path repos, Path data) throws Exception {
        try (CatalogGraphProcess ingest = CatalogGraphProcess.start(SMALL_BATCHES, "ingest", repos.toString(),
                "--data", data.toString())) {
            assertThat(ingest.awaitExit(RUN)).as(ingest.output()).isEqualTo(ExitCodes.OK);
            assertThat(ingest.stdout()).anySatisfy(line -> assertThat(line).startsWith("Ingested ")
                    .contains(" 0 errors"));
        }
    }

    private static GraphDigest digestOf(Path data) {
        try (DataFolderDatabase database = DataFolderDatabase.open(data)) {
            return GraphDigest.of(database.database());
        }
    }
}
