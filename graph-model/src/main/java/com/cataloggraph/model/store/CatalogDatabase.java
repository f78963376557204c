package com.cataloggraph.model.store;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

/**
 * The one door to Neo4j: every read runs in a read transaction (so a cluster routes it to a
 * follower) and every write in a write transaction, against the configured database.
 *
 * <p>It counts transactions, so tests can assert how many round trips an operation costs.
 */
public final class CatalogDatabase {

    private final Driver driver;
    private final String database;
    private final Duration readTimeout;
    private final LongAdder transactions = new LongAdder();

    public CatalogDatabase(Driver driver, String database, Duration readTimeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database == null || database.isBlank() ? null : database;
        this.readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    public CatalogDatabase(Driver driver) {
        this(driver, null, null);
    }

    /** Runs work in one read transaction with the default read timeout. */
    public <T> T read(TransactionCallback<T> work) {
        return read(work, readTimeout);
    }

    /** Runs work in one read transaction that the server aborts after the timeout. */
    public <T> T read(TransactionCallback<T> work, Duration timeout) {
        transactions.increment();
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /** Runs work in one write transaction (retried by the driver on transient failures). */
    public <T> T write(TransactionCallback<T> work) {
        transactions.increment();
        try (Session session = session(AccessMode.WRITE)) {
            return session.executeWrite(work);
        }
    }

    /** Runs one write statement in its own transaction and discards its result. */
    public void writeStatement(String cypher, Map<String, Object> parameters) {
        write(tx -> {
            tx.run(cypher, parameters).consume();
            return null;
        });
    }

    /** A session for callers that manage their own transactions (e.g. a user's read-only query). */
    public Session session(AccessMode mode) {
        return driver.session(sessionConfig(mode).build());
    }

    /** A session that pulls at most {@code fetchSize} records ahead of its reader. */
    public Session session(AccessMode mode, long fetchSize) {
        return driver.session(sessionConfig(mode).withFetchSize(fetchSize).build());
    }

    private SessionConfig.Builder sessionConfig(AccessMode mode) {
        SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
        if (database != null) {
            config.withDatabase(database);
        }
        return config;
    }

    /** Transactions opened so far; a test reads it before and after an operation. */
    public long transactionCount() {
        return transactions.sum();
    }

    public Driver driver() {
        return driver;
    }

    /** The configured database name, or null for the server's default. */
    public String database() {
        return database;
    }
}
