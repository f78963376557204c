package com.cataloggraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.testing.OtherProcesses;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The ingest lease between processes ({@link OtherProcesses}: each its own driver to the one database). */
class IngestLeaseTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final TestNeo4j neo4j = TestNeo4j.get();
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
    void aSecondProcessIsToldWhoHoldsTheLeaseAndSinceWhen() {
        IngestLease first = new IngestLease(process(), LONG);
        IngestLease second = new IngestLease(process(), LONG);

        try (HeldLease held = first.acquire("host-a/101 (serve)", "run-a", Duration.ZERO, other -> { })) {
            LeaseHolder holder = second.current().orElseThrow();
            assertThat(holder.holder()).isEqualTo("host-a/101 (serve)");
            assertThat(holder.runId()).isEqualTo("run-a");
            assertThatThrownBy(() -> second.acquire("host-b/202 (ingest)", "run-b", Duration.ZERO, other -> { }))
                    .isInstanceOf(IngestLeaseBusyException.class)
                    .hasMessage("an ingest is running on host-a/101 (serve) since " + holder.since());
        }

        try (HeldLease held = second.acquire("host-b/202 (ingest)", "run-b", Duration.ZERO, other -> { })) {
            assertThat(first.current()).map(LeaseHolder::holder).contains("host-b/202 (ingest)");
        }
        assertThat(first.current()).isEmpty();
    }

    @Test
    void aWaitingProcessIsToldOnceAndTakesTheLeaseWhenItsHolderGivesItBack() throws Exception {
        IngestLease first = new IngestLease(process(), LONG);
        IngestLease second = new IngestLease(process(), LONG);
        List<LeaseHolder> toldAbout = new CopyOnWriteArrayList<>();
        HeldLease held = first.acquire("host-a/101 (serve)", "run-a", Duration.ZERO, other -> { });

        ExecutorService waiter = Executors.newSingleThreadExecutor();
        Future<HeldLease> taken = waiter.submit(() -> second.acquire("host-b/202 (ingest)", "run-b", WAIT,
                toldAbout::add));
        awaitTrue(() -> !toldAbout.isEmpty());
        held.close();

        try (HeldLease next = taken.get(2, TimeUnit.MINUTES)) {
            assertThat(toldAbout).extracting(LeaseHolder::holder).containsExactly("host-a/101 (serve)");
            assertThat(second.current()).map(LeaseHolder::runId).contains("run-b");
        } finally {
            waiter.shutdownNow();
        }
    }

    @Test
    void aHolderThatDiedLosesItsLeaseOnceItsTimeoutPassesAndItsRunReadsAsAbandoned() {
        Driver dying = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        CatalogDatabase dyingDatabase = new CatalogDatabase(dying);
        HeldLease held = new IngestLease(dyingDatabase, Duration.ofSeconds(3))
                .acquire("host-a/101 (ingest)", "run-a", Duration.ZERO, other -> { });
        new IngestRunLog(dyingDatabase.fencedBy(held)).start("run-a", Instant.now(), "repos");
        dying.close(); // the process is gone: no more heartbeats, nothing given back
        Instant lapses = neo4j.database().read(tx -> tx.run("MATCH (l:IngestLease) RETURN l.expiresAt AS at").single()
                .get("at").asZonedDateTime().toInstant());
        IngestLease survivor = new IngestLease(process(), Duration.ofSeconds(3));
        List<LeaseHolder> toldAbout = new CopyOnWriteArrayList<>();

        try (HeldLease taken = survivor.acquire("host-b/202 (serve)", "run-b", WAIT, toldAbout::add)) {
            LeaseHolder now = survivor.current().orElseThrow();
            assertThat(now.holder()).isEqualTo("host-b/202 (serve)");
            assertThat(now.since()).isAfterOrEqualTo(lapses);
            assertThat(toldAbout).extracting(LeaseHolder::holder).containsOnly("host-a/101 (ingest)");
            TrackedRun abandoned = new IngestRunLog(neo4j.database()).status("run-a").orElseThrow();
            assertThat(abandoned.status()).isEqualTo(IngestRunLog.FAILED);
            assertThat(abandoned.detail()).startsWith("abandoned: host-a/101 (ingest) stopped before finishing it; "
                    + "its last renewal ran out at ");
        } finally {
            held.close();
        }
    }

    @Test
    void aRunThatLostItsLeaseStopsBeforeItsNextWriteAndSaysWhoHasItNow() {
        CatalogDatabase database = process();
        HeldLease held = new IngestLease(database, LONG).acquire("host-a/101 (serve)", "run-a", Duration.ZERO,
                other -> { });
        CatalogDatabase fenced = database.fencedBy(held);
        fenced.writeStatement("CREATE (:LeaseProbe {write: 1})", Map.of());
        neo4j.lapseIngestLease(); // the holder stalled (a long pause) beyond the timeout

        IngestLease other = new IngestLease(process(), LONG);
        try (HeldLease taken = other.acquire("host-b/202 (serve)", "run-b", Duration.ZERO, ignored -> { })) {
            LeaseHolder now = other.current().orElseThrow();
            assertThatThrownBy(() -> fenced.writeStatement("CREATE (:LeaseProbe {write: 2})", Map.of()))
                    .isInstanceOf(IngestLeaseLostException.class)
                    .hasMessage("the ingest lease of host-a/101 (serve) was lost (not renewed within its timeout), "
                            + "so this run stopped before writing more; it is now held by host-b/202 (serve) since "
                            + now.since());
            assertThat(held.lost()).isTrue();
            assertThat(probeWrites()).containsExactly(1L);
        } finally {
            held.close();
        }
    }

    @Test
    void aLapsedLeaseThatNobodyTookStillStopsItsHolder() {
        CatalogDatabase database = process();
        HeldLease held = new IngestLease(database, LONG).acquire("host-a/101 (serve)", "run-a", Duration.ZERO,
                other -> { });
        neo4j.lapseIngestLease();

        assertThatThrownBy(() -> database.fencedBy(held).writeStatement("CREATE (:LeaseProbe)", Map.of()))
                .isInstanceOf(IngestLeaseLostException.class)
                .hasMessageStartingWith("the ingest lease of host-a/101 (serve) was lost (not renewed within its "
                        + "timeout), so this run stopped before writing more; no process holds it now");
        held.close();
    }

    /**
     * Four writers in two processes, each reading a counter and writing it back one higher in two separate
     * transactions: without the lease, updates would be lost; with it, every one counts and no two writers
     * ever hold it together.
     */
    @Test
    void writersInTwoProcessesNeverHoldTheLeaseTogether() throws Exception {
        neo4j.database().writeStatement("CREATE (:LeaseCounter {value: 0})", Map.of());
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        List<CatalogDatabase> processes = List.of(process(), process());
        for (int writer = 0; writer < 4; writer++) {
            CatalogDatabase database = processes.get(writer % 2);
            IngestLease lease = new IngestLease(database, Duration.ofSeconds(20));
            String name = "writer-" + writer;
            done.add(writers.submit(() -> {
                for (int round = 0; round < 2; round++) {
                    try (HeldLease held = lease.acquire(name, name + "-" + round, WAIT, other -> { })) {
                        mostAtOnce.accumulateAndGet(holding.incrementAndGet(), Math::max);
                        CatalogDatabase fenced = database.fencedBy(held);
                        long value = fenced.read(tx -> tx.run("MATCH (c:LeaseCounter) RETURN c.value AS value")
                                .single().get("value").asLong());
                        Thread.sleep(20);
                        fenced.writeStatement("MATCH (c:LeaseCounter) SET c.value = $value",
                                Map.of("value", value + 1));
                        holding.decrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writers.shutdown();

        assertThat(mostAtOnce.get()).isEqualTo(1);
        long counted = neo4j.database().read(tx -> tx.run("MATCH (c:LeaseCounter) RETURN c.value AS value").single()
                .get("value").asLong());
        assertThat(counted).isEqualTo(8);
    }

    private List<Object> probeWrites() {
        return neo4j.database().read(tx -> tx.run("MATCH (p:LeaseProbe) RETURN collect(p.write) AS writes")
                .single().get("writes").asList());
    }

    private CatalogDatabase process() {
        return processes.open();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 2 minutes");
            }
            Thread.sleep(20);
        }
    }
}
