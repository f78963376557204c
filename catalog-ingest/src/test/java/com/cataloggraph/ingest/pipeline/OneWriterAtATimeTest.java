package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.config.IngestLeaseProperties;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.FolderSources;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.HeldLease;
import com.cataloggraph.model.store.IngestLease;
import com.cataloggraph.model.store.IngestLeaseBusyException;
import com.cataloggraph.model.store.IngestLeaseLostException;
import com.cataloggraph.model.store.LeaseHolder;
import com.cataloggraph.model.testing.OtherProcesses;
import com.cataloggraph.model.testing.TestNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two ingesting processes on one database (each with its own driver, so they share nothing but the
 * database): their runs take turns on the ingest lease and never write at the same time.
 */
class OneWriterAtATimeTest {

    private static final IngestLeaseProperties LEASE = new IngestLeaseProperties(Duration.ofSeconds(60),
            Duration.ofMinutes(5));

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final GraphProbe probe = new GraphProbe(neo4j);
    private final OtherProcesses processes = new OtherProcesses();

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @AfterEach
    void closeProcesses() {
        processes.close();
    }

    @Test
    void aSecondProcessWaitsForTheFirstRunAndIsToldWhy() throws Exception {
        CatalogIngester serve = ingester("host-a/101 (serve)");
        CatalogIngester cli = ingester("host-b/202 (ingest)");
        CountDownLatch serveIsWriting = new CountDownLatch(1);
        CountDownLatch cliWaits = new CountDownLatch(1);
        List<String> toldWhy = new ArrayList<>();
        ExecutorService processes = Executors.newFixedThreadPool(2);

        CompletableFuture<IngestReport> first = CompletableFuture.supplyAsync(() -> serve.ingest(request(serve),
                new IngestProgress() {
                    @Override
                    public void phase(String phase) {
                        if (phase.equals("writing")) {
                            serveIsWriting.countDown();
                            await(cliWaits);
                        }
                    }
                }), processes);
        await(serveIsWriting);
        CompletableFuture<IngestReport> second = CompletableFuture.supplyAsync(() -> cli.ingest(request(cli),
                new IngestProgress() {
                    @Override
                    public void waiting(String reason) {
                        toldWhy.add(reason);
                        cliWaits.countDown();
                    }
                }), processes);

        IngestReport firstReport = first.get(5, TimeUnit.MINUTES);
        IngestReport secondReport = second.get(5, TimeUnit.MINUTES);
        processes.shutdown();

        assertThat(toldWhy).hasSize(1).first().asString().startsWith("an ingest is running on host-a/101 (serve) since ");
        assertThat(firstReport.succeeded()).isTrue();
        assertThat(secondReport.succeeded()).isTrue();
        Map<String, Object> runs = probe.single("""
                MATCH (a:IngestRun {id: $first}), (b:IngestRun {id: $second})
                RETURN datetime(a.finishedAt) <= datetime(b.startedAt) AS oneAfterTheOther, a.runner AS firstRunner, b.runner AS secondRunner
                """, Map.of("first", firstReport.runId(), "second", secondReport.runId()));
        assertThat(runs).containsEntry("oneAfterTheOther", true).containsEntry("firstRunner", "host-a/101 (serve)")
                .containsEntry("secondRunner", "host-b/202 (ingest)");
    }

    @Test
    void aRunThatWillNotWaitFailsAtOnceNamingTheRunningOne() throws Exception {
        CatalogIngester cli = ingester("host-b/202 (ingest)");
        IngestLease other = new IngestLease(process(), Duration.ofSeconds(60));
        try (HeldLease held = other.acquire("host-a/101 (serve)", "scheduled", Duration.ZERO, ignored -> { })) {
            LeaseHolder holder = other.current().orElseThrow();

            assertThatThrownBy(() -> cli.ingest(request(cli), IngestProgress.NONE,
                    new RunOptions("manual", Duration.ZERO)))
                    .isInstanceOf(IngestLeaseBusyException.class)
                    .hasMessage("an ingest is running on host-a/101 (serve) since " + holder.since());
        }
        assertThat(probe.rows("MATCH (r:IngestRun {id: 'manual'}) RETURN r")).isEmpty();
        assertThat(probe.rows("MATCH (n:Entity) RETURN n")).isEmpty();
    }

    @Test
    void aRunThatWaitedInVainSaysForHowLong() {
        CatalogIngester cli = ingester("host-b/202 (ingest)");
        IngestLease other = new IngestLease(process(), Duration.ofSeconds(60));
        try (HeldLease held = other.acquire("host-a/101 (serve)", "scheduled", Duration.ZERO, ignored -> { })) {
            LeaseHolder holder = other.current().orElseThrow();

            assertThatThrownBy(() -> cli.ingest(request(cli), IngestProgress.NONE,
                    new RunOptions("manual", Duration.ofMillis(1500))))
                    .isInstanceOf(IngestLeaseBusyException.class)
                    .hasMessage("an ingest is running on host-a/101 (serve) since " + holder.since()
                            + " (waited 1.5 s for it to finish)");
        }
    }

    @Test
    void aRunWhoseLeaseLapsedStopsBeforeWritingAndIsRecordedFailed() throws Exception {
        CatalogIngester stalled = ingester("host-a/101 (serve)");
        IngestLease other = new IngestLease(process(), Duration.ofSeconds(60));
        List<HeldLease> takenOver = new ArrayList<>();
        IngestProgress stallBeforeWriting = new IngestProgress() {
            @Override
            public void phase(String phase) {
                if (phase.equals("writing")) {
                    neo4j.lapseIngestLease(); // as if this process had paused beyond the lease's timeout
                    takenOver.add(other.acquire("host-b/202 (serve)", "webhook", Duration.ZERO, ignored -> { }));
                }
            }
        };

        try {
            assertThatThrownBy(() -> stalled.ingest(request(stalled), stallBeforeWriting,
                    new RunOptions("stalled-run", Duration.ZERO)))
                    .isInstanceOf(IngestLeaseLostException.class)
                    .hasMessageStartingWith("the ingest lease of host-a/101 (serve) was lost (not renewed within its "
                            + "timeout), so this run stopped before writing more; it is now held by host-b/202 (serve)");
            assertThat(probe.rows("MATCH (n:Entity) RETURN n")).isEmpty();
            assertThat(probe.single("MATCH (r:IngestRun {id: 'stalled-run'}) RETURN r.status AS status, "
                    + "r.detail AS detail", Map.of()))
                    .containsEntry("status", "failed")
                    .hasEntrySatisfying("detail", detail -> assertThat((String) detail)
                            .startsWith("the ingest lease of host-a/101 (serve) was lost"));
        } finally {
            takenOver.forEach(HeldLease::close);
        }
    }

    private CatalogIngester ingester(String holder) {
        return new CatalogIngester(CatalogGraph.over(process()), IngestProperties.defaults(), LEASE, holder);
    }

    private CatalogDatabase process() {
        return processes.open();
    }

    private static IngestRequest request(CatalogIngester ingester) {
        try {
            return IngestRequest.of(FolderSources.forPath(SampleCatalog.root(), ingester.properties().scan()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new AssertionError("waited 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
