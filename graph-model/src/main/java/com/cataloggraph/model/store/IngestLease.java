package com.cataloggraph.model.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The one lease that lets a process write the catalog, kept in the graph so every process and
 * instance on the database sees it: {@code (:IngestLease {name, holder, token, runId, acquiredAt,
 * renewedAt, expiresAt})}. Its holder renews it while its run goes on; a holder that died loses it once
 * {@code expiresAt} passes. Every time is the database's clock ({@code datetime()}), never a JVM's.
 *
 * <p>Each operation first writes a throw-away property to take the node's write lock, and only then
 * reads the holder, in a second statement: two processes reading a free lease at once cannot both
 * take it, and a holder renewing or writing cannot be overtaken between its check and its commit.
 */
public final class IngestLease {

    /** The lease's key: one lease for the whole catalog. */
    static final String NAME = "catalog";

    private static final String LOCK = """
            MERGE (l:IngestLease {name: $name})
            SET l.locked = true
            """;

    private static final String LOCK_EXISTING = """
            MATCH (l:IngestLease {name: $name})
            SET l.locked = true
            """;

    private static final String READ_LOCKED = """
            MATCH (l:IngestLease {name: $name})
            REMOVE l.locked
            RETURN l.holder AS holder, l.token AS token, l.runId AS runId, l.acquiredAt AS since,
                   l.expiresAt AS expiresAt, coalesce(l.expiresAt > datetime(), false) AS live
            """;

    private static final String TAKE = """
            MATCH (l:IngestLease {name: $name})
            SET l.holder = $holder, l.token = $token, l.runId = $runId, l.acquiredAt = datetime(),
                l.renewedAt = datetime(), l.expiresAt = datetime() + duration({milliseconds: $ttl})
            """;

    /** Extends a live lease of this token, and the liveness of its run; answers whether it was held. */
    private static final String RENEW = """
            MATCH (l:IngestLease {name: $name})
            REMOVE l.locked
            WITH l, coalesce(l.token = $token AND l.expiresAt > datetime(), false) AS held
            FOREACH (_ IN CASE WHEN held THEN [1] ELSE [] END |
                SET l.renewedAt = datetime(), l.expiresAt = datetime() + duration({milliseconds: $ttl}))
            WITH l, held
            OPTIONAL MATCH (r:IngestRun {id: l.runId}) WHERE held
            SET r.aliveUntil = l.expiresAt
            RETURN held, l.holder AS holder, l.runId AS runId, l.acquiredAt AS since, l.expiresAt AS expiresAt,
                   coalesce(l.expiresAt > datetime(), false) AS live
            """;

    private static final String RELEASE = """
            MATCH (l:IngestLease {name: $name})
            REMOVE l.locked
            WITH l WHERE l.token = $token
            SET l.lastHolder = l.holder, l.releasedAt = datetime()
            REMOVE l.holder, l.token, l.runId, l.acquiredAt, l.renewedAt, l.expiresAt
            """;

    private static final String CURRENT = """
            MATCH (l:IngestLease {name: $name})
            WHERE l.expiresAt > datetime()
            RETURN l.holder AS holder, l.runId AS runId, l.acquiredAt AS since, l.expiresAt AS expiresAt
            """;

    private final CatalogDatabase database;
    private final Duration timeout;

    /**
     * @param timeout how long a lease lasts without renewal: a dead holder blocks others this long at most; a
     *                live holder renews it every third of it
     */
    public IngestLease(CatalogDatabase database, Duration timeout) {
        this.database = Objects.requireNonNull(database, "database");
        if (timeout.toMillis() < 100) {
            throw new IllegalArgumentException("the ingest lease timeout must be at least 100ms, was " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Takes the lease for one run, waiting up to {@code wait} while another process holds it (and abandoned runs
     * are marked failed, see {@link IngestRunLog}). The returned lease renews itself until closed.
     *
     * @param holder  names this process in messages, e.g. {@code build-1/4242 (serve)}
     * @param runId   the {@code :IngestRun} this lease is for
     * @param waiting hears each new holder this call waits for (to tell a person why nothing happens)
     * @throws IngestLeaseBusyException when another process still holds it after {@code wait}
     */
    public HeldLease acquire(String holder, String runId, Duration wait, Consumer<LeaseHolder> waiting) {
        long deadline = System.nanoTime() + wait.toNanos();
        String token = UUID.randomUUID().toString();
        LeaseHolder told = null;
        while (true) {
            LeaseHolder other = database.write(tx -> attempt(tx, holder, runId, token));
            if (other == null) {
                return new HeldLease(this, holder, runId, token);
            }
            if (told == null || !Objects.equals(other.runId(), told.runId()) || !Objects.equals(other.since(), told.since())) {
                waiting.accept(other);
                told = other;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IngestLeaseBusyException(other, wait);
            }
            sleep(Math.min(left / 1_000_000 + 1, pollMillis()));
        }
    }

    /** The live holder, if any process holds the lease now. */
    public Optional<LeaseHolder> current() {
        return database.read(tx -> tx.run(CURRENT, Map.of("name", NAME)).list(IngestLease::holderOf))
                .stream().findFirst();
    }

    /** Renews the lease of {@code token} inside {@code tx}; answers whether it was still held, and by whom now. */
    Renewal renew(TransactionContext tx, String token) {
        tx.run(LOCK_EXISTING, Map.of("name", NAME)).consume();
        return tx.run(RENEW, Map.of("name", NAME, "token", token, "ttl", timeout.toMillis())).list().stream()
                .findFirst()
                .map(row -> new Renewal(row.get("held").asBoolean(), row.get("live").asBoolean() ? holderOf(row) : null))
                .orElse(new Renewal(false, null));
    }

    /** Gives the lease back if {@code token} still holds it. */
    void release(String token) {
        database.write(tx -> {
            tx.run(LOCK_EXISTING, Map.of("name", NAME)).consume();
            tx.run(RELEASE, Map.of("name", NAME, "token", token)).consume();
            return null;
        });
    }

    CatalogDatabase database() {
        return database;
    }

    /** Null when the lease is now this token's; otherwise who holds it. */
    private LeaseHolder attempt(TransactionContext tx, String holder, String runId, String token) {
        tx.run(LOCK, Map.of("name", NAME)).consume();
        Record lease = tx.run(READ_LOCKED, Map.of("name", NAME)).single();
        if (token.equals(text(lease.get("token")))) {
            return null;
        }
        if (lease.get("live").asBoolean()) {
            return holderOf(lease);
        }
        tx.run(TAKE, Map.of("name", NAME, "holder", holder, "token", token, "runId", runId,
                "ttl", timeout.toMillis())).consume();
        IngestRunLog.closeAbandoned(tx);
        return null;
    }

    private long pollMillis() {
        return Math.max(50, Math.min(1000, timeout.toMillis() / 10));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ingest lease", e);
        }
    }

    private static LeaseHolder holderOf(Record row) {
        return new LeaseHolder(text(row.get("holder")), instant(row.get("since")), instant(row.get("expiresAt")),
                text(row.get("runId")));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    /** @param now the live holder after the renewal, or null */
    record Renewal(boolean held, LeaseHolder now) {
    }
}
