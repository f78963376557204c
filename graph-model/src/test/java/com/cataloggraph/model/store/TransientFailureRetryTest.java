package com.cataloggraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write that fails for a transient reason (here a deadlock, the same class of error as a cluster's
 * leader switch) is run again by the driver: {@link CatalogDatabase#write} is a managed transaction.
 */
class TransientFailureRetryTest {

    private final TestNeo4j neo4j = TestNeo4j.get();

    @BeforeEach
    void clean() {
        neo4j.clean();
        neo4j.database().writeStatement("CREATE (:DeadlockProbe {name: 'a'}), (:DeadlockProbe {name: 'b'})", Map.of());
    }

    @Test
    void twoWritesThatDeadlockBothLandAfterOneIsRetried() throws Exception {
        CountDownLatch bothHoldTheirFirstLock = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(2);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lockInOrder("a", "b",
                bothHoldTheirFirstLock, attempts), writers);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lockInOrder("b", "a",
                bothHoldTheirFirstLock, attempts), writers);
        first.get(5, TimeUnit.MINUTES);
        second.get(5, TimeUnit.MINUTES);
        writers.shutdown();

        assertThat(attempts.get()).as("one of the two was the deadlock's victim and ran again").isEqualTo(3);
        List<Object> lastWriters = neo4j.database().read(tx -> tx.run(
                "MATCH (n:DeadlockProbe) RETURN collect(DISTINCT n.lockedBy) AS by").single().get("by").asList());
        assertThat(lastWriters).as("the retried transaction committed last, and whole").hasSize(1);
    }

    /** One write transaction: locks {@code first}, waits (once) until the other holds its lock, locks {@code second}. */
    private void lockInOrder(String first, String second, CountDownLatch bothHoldTheirFirstLock,
                             AtomicInteger attempts) {
        neo4j.database().write(tx -> {
            boolean firstAttempt = attempts.incrementAndGet() <= 2;
            tx.run("MATCH (n:DeadlockProbe {name: $name}) SET n.lockedBy = $by", Map.of("name", first, "by", first))
                    .consume();
            if (firstAttempt) {
                bothHoldTheirFirstLock.countDown();
                try {
                    bothHoldTheirFirstLock.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            tx.run("MATCH (n:DeadlockProbe {name: $name}) SET n.lockedBy = $by", Map.of("name", second, "by", first))
                    .consume();
            return null;
        });
    }
}
