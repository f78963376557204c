package com.cataloggraph.app.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.sync.Rereadable;
import com.cataloggraph.app.sync.SyncOutcome;
import com.cataloggraph.app.sync.SyncProperties;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.sync.SyncLedger;
import com.cataloggraph.model.sync.SyncSourceStatus;
import com.cataloggraph.model.sync.WebhookDelivery;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The re-read queue over a real Neo4j (deliveries are recorded there), with a source that fails on demand. */
class RereadQueueTest {

    private SyncLedger ledger;
    private RereadQueue queue;

    @BeforeEach
    void ledger() {
        ledger = new SyncLedger(CatalogGraph.over(TestNeo4j.get().clean().database()).database());
        ledger.ensureSchema();
        ledger.declare(List.of(new SyncSourceStatus("acme", "gitlab", null, null, null, 0, 0, 0, null, null, 0, 0,
                null, 0)));
    }

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    void deliveriesForAWaitingRepositoryJoinItAndAnotherRepositoryIsRefusedWhenFull() {
        queue = queue(1, Duration.ofHours(1));
        Rereadable source = source(new AtomicInteger(), 0, new CopyOnWriteArrayList<>());

        assertThat(queue.offer(source, Set.of("acme/a"), delivery("1", "acme/a"))).isEqualTo("queued");
        assertThat(queue.offer(source, Set.of("acme/a"), delivery("2", "acme/a"))).isEqualTo("coalesced");
        assertThat(queue.offer(source, Set.of("acme/b"), delivery("3", "acme/b"))).isNull();

        assertThat(queue.size()).isEqualTo(1);
        assertThat(ledger.status().getFirst().queueDepth()).isEqualTo(1);
    }

    @Test
    void aReReadTheHostFailsIsTriedAgainWithBackOffThenRecordedIngested() throws InterruptedException {
        queue = queue(10, Duration.ZERO);
        AtomicInteger calls = new AtomicInteger();
        List<Set<String>> reads = new CopyOnWriteArrayList<>();
        Rereadable flaky = source(calls, 2, reads);
        ledger.received(delivery("7", "acme/a"));

        queue.offer(flaky, Set.of("acme/a"), delivery("7", "acme/a"));

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && !"ingested".equals(ledger.deliveries("acme", 10).getFirst().outcome())) {
            Thread.sleep(50);
        }
        WebhookDelivery recorded = ledger.deliveries("acme", 10).getFirst();
        assertThat(recorded.outcome()).isEqualTo("ingested");
        assertThat(recorded.detail()).isEqualTo("re-read acme/a");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(reads).containsOnly(Set.of("acme/a"));
    }

    @Test
    void aReReadThatKeepsFailingIsRecordedFailedWithTheHostsMessage() throws InterruptedException {
        queue = queue(10, Duration.ZERO);
        ledger.received(delivery("8", "acme/a"));

        queue.offer(source(new AtomicInteger(), Integer.MAX_VALUE, new CopyOnWriteArrayList<>()), Set.of("acme/a"),
                delivery("8", "acme/a"));

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && !"failed".equals(ledger.deliveries("acme", 10).getFirst().outcome())) {
            Thread.sleep(50);
        }
        assertThat(ledger.deliveries("acme", 10).getFirst().detail())
                .isEqualTo("after 3 attempts: GitLab GET /projects/acme%2Fa answered 503: busy");
        SyncSourceStatus status = ledger.status().getFirst();
        assertThat(status.failures()).isEqualTo(1);
        assertThat(status.lastError()).isEqualTo("GitLab GET /projects/acme%2Fa answered 503: busy");
    }

    private RereadQueue queue(int capacity, Duration coalesce) {
        return new RereadQueue(ledger, new SyncProperties.Webhooks(null, null, capacity, coalesce, 3,
                Duration.ofMillis(10), DataSize.ofMegabytes(1), 100), Clock.systemUTC());
    }

    /** A source whose first {@code failures} re-reads fail as an unavailable host does. */
    private static Rereadable source(AtomicInteger calls, int failures, List<Set<String>> reads) {
        return new Rereadable() {
            @Override
            public String name() {
                return "acme";
            }

            @Override
            public SyncOutcome reread(Set<String> slugs, Consumer<String> waiting) {
                reads.add(slugs);
                if (calls.incrementAndGet() <= failures) {
                    String error = "GitLab GET /projects/acme%2Fa answered 503: busy";
                    return new SyncOutcome(error, 1, 0, error, true);
                }
                return new SyncOutcome("re-read acme/a", 3, 1, null, false);
            }
        };
    }

    private static WebhookDelivery delivery(String id, String repository) {
        return new WebhookDelivery(id, "acme", "push", repository, "accepted", "", Instant.now(), 0);
    }
}
