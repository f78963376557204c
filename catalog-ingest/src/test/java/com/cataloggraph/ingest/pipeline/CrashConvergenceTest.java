package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.config.IngestLeaseProperties;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.FolderSources;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.CrashingDriver;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.testing.GraphDigest;
import com.cataloggraph.model.testing.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A process killed in the middle of an ingest, at every point where it could have died: between
 * any two write transactions. Whatever the crash left behind, the next run must converge to
 * exactly the graph an uninterrupted run produces. The process-level counterpart, with a real
 * SIGKILL, is {@code IngestKilledMidWriteIT} in the app module.
 */
class CrashConvergenceTest {

    /** Small batches: more transactions, so more places to be cut off. */
    private static final int BATCH_SIZE = 10;

    /**
     * A lease so long that its heartbeat (a write) never beats during a run, however slow the machine: every
     * run then makes the same writes in the same order. A crashed run's lease is lapsed by hand instead.
     */
    private static final IngestLeaseProperties NO_HEARTBEAT_DURING_A_RUN = new IngestLeaseProperties(
            Duration.ofHours(3), Duration.ofMinutes(5));

    private final TestNeo4j neo4j = TestNeo4j.get();

    @TempDir
    Path temp;

    @Test
    void aFirstIngestCutOffBeforeAnyWriteConvergesOnTheNextRun() {
        Path catalog = SampleCatalog.root();
        neo4j.clean();
        CrashingDriver whole = new CrashingDriver(CrashingDriver.NEVER);
        IngestReport report = run(whole, catalog, OrphanStrategy.KEEP);
        GraphDigest clean = GraphDigest.of(neo4j.database());
        long writes = whole.committedWrites();
        assertThat(report.counts().entities()).isEqualTo(72);
        assertThat(writes).isGreaterThan(72 / BATCH_SIZE);

        List<Long> leftSomethingToRepair = new ArrayList<>();
        for (long crashAt = 1; crashAt < writes; crashAt++) {
            neo4j.clean();
            crashRun(crashAt, catalog, OrphanStrategy.KEEP);
            if (!GraphDigest.of(neo4j.database()).sha256().equals(clean.sha256())) {
                leftSomethingToRepair.add(crashAt);
            }

            run(new CrashingDriver(CrashingDriver.NEVER), catalog, OrphanStrategy.KEEP);

            GraphDigest converged = GraphDigest.of(neo4j.database());
            assertThat(converged.sha256()).as("crash before write %d of %d: %s", crashAt, writes,
                    converged.differences(clean, 20)).isEqualTo(clean.sha256());
        }
        // Only a crash before the run's own record is finished (not part of the digest) leaves the catalog
        // complete; every earlier one leaves a graph that the next run had to repair.
        assertThat(leftSomethingToRepair).hasSize((int) writes - 2);
    }

    @Test
    void anIncrementalIngestCutOffBeforeAnyWriteConvergesToTheUninterruptedRun() throws IOException {
        for (OrphanStrategy orphans : OrphanStrategy.values()) {
            Path work = temp.resolve("lumen-" + orphans);
            prepare(work, this::firstVersion);
            neo4j.clean();
            run(new CrashingDriver(CrashingDriver.NEVER), work, orphans);
            prepare(work, this::secondVersion);
            CrashingDriver whole = new CrashingDriver(CrashingDriver.NEVER);
            IngestReport uninterrupted = run(whole, work, orphans);
            GraphDigest expected = GraphDigest.of(neo4j.database());
            long writes = whole.committedWrites();
            assertThat(uninterrupted.counts().parsed()).isEqualTo(3);
            assertThat(orphans == OrphanStrategy.KEEP ? uninterrupted.counts().orphaned()
                    : uninterrupted.counts().deleted()).isEqualTo(2);

            for (long crashAt = 1; crashAt < writes; crashAt++) {
                prepare(work, this::firstVersion);
                neo4j.clean();
                run(new CrashingDriver(CrashingDriver.NEVER), work, orphans);
                prepare(work, this::secondVersion);
                crashRun(crashAt, work, orphans);

                run(new CrashingDriver(CrashingDriver.NEVER), work, orphans);

                GraphDigest converged = GraphDigest.of(neo4j.database());
                assertThat(converged.sha256()).as("orphans %s, crash before write %d of %d: %s", orphans, crashAt,
                        writes, converged.differences(expected, 20)).isEqualTo(expected.sha256());
            }
        }
    }

    /**
     * Cut off before write {@code crashAt}. Not the very last one: that gives the ingest lease back, and a
     * process dying there has finished its run (the lease lapses by itself).
     */
    private void crashRun(long crashAt, Path catalog, OrphanStrategy orphans) {
        CrashingDriver crashing = new CrashingDriver(crashAt);
        assertThatThrownBy(() -> run(crashing, catalog, orphans)).isInstanceOf(ServiceUnavailableException.class)
                .hasMessage("simulated crash before write transaction " + crashAt);
        assertThat(crashing.crashed()).isTrue();
        // The dead process still holds the ingest lease; the next run gets it once its timeout is over.
        neo4j.lapseIngestLease();
    }

    /** A fresh ingester over the database, as a new process would have. */
    private IngestReport run(CrashingDriver driver, Path catalog, OrphanStrategy orphans) {
        CatalogGraph graph = CatalogGraph.over(new CatalogDatabase(driver.wrap(neo4j.driver())), BATCH_SIZE);
        CatalogIngester ingester = new CatalogIngester(graph, IngestProperties.defaults(), NO_HEARTBEAT_DURING_A_RUN,
                "crash-convergence/1 (ingest)");
        try {
            return ingester.ingest(new IngestRequest(List.of(FolderSources.forPath(catalog,
                    ingester.properties().scan())), orphans, true));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void prepare(Path work, Consumer<CatalogFolder> version) throws IOException {
        if (Files.exists(work)) {
            CatalogFolder.empty(work).delete("");
        }
        version.accept(CatalogFolder.copyOf("lumen", work));
    }

    private void firstVersion(CatalogFolder lumen) {
        // as committed
    }

    /**
     * Three files change: a title is edited; a resource leaves its multi-document file while still
     * referenced (deleting it leaves a placeholder); a repository vanishes while its component is still
     * depended on; and a new repository arrives.
     */
    private void secondVersion(CatalogFolder lumen) {
        lumen.replace("tracking-web/catalog-info.yaml", "title: Track your parcel", "title: Where is my parcel?");
        String service = lumen.read("shipment-service/catalog-info.yaml");
        lumen.write("shipment-service/catalog-info.yaml",
                service.substring(0, service.lastIndexOf("---")));
        lumen.delete("label-printer");
        lumen.write("returns-service/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: returns-service
                spec:
                  type: service
                  lifecycle: experimental
                  owner: shipping-team
                  dependsOn: [component:shipment-service]
                """);
    }
}
