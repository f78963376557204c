package com.cataloggraph.model.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * The one door to Neo4j: every read runs in a read transaction (so a cluster routes it to a
 * follower) and every write in a managed write transaction (so the driver retries it on transient
 * failures: a leader switch, a deadlock), against the configured database.
 *
 * <p>Every session of one database, and of every view made from it ({@link #withReadTimeout},
 * {@link #fencedBy}), shares one bookmark manager: a transaction always sees at least what this
 * process wrote or read before it, even when a cluster routes the two to different members. So once a
 * read here has seen another process's run finished, every later read here sees that run's writes.
 *
 * <p>Work that makes several reads can make them in one transaction ({@link #inOneRead}): one answer then
 * pays for one transaction (one session, one begin and one commit) however many query families it reads
 * through.
 *
 * <p>It counts transactions, so tests can assert how many round trips an operation costs.
 */
public final class CatalogDatabase {

    private final Driver driver;
    private final String database;
    private final Duration readTimeout;
    private final BookmarkManager bookmarks;
    private final WriteFence fence;
    private final LongAdder transactions = new LongAdder();
    /** The read transaction {@link #inOneRead} holds open on this thread, shared with every view of this database. */
    private final ThreadLocal<TransactionContext> openRead;

    public CatalogDatabase(Driver driver, String database, Duration readTimeout) {
        this(driver, database == null || database.isBlank() ? null : database,
                readTimeout == null ? Duration.ofSeconds(30) : readTimeout,
                BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build()), WriteFence.NONE,
                new ThreadLocal<>());
    }

    public CatalogDatabase(Driver driver) {
        this(driver, null, null);
    }

    private CatalogDatabase(Driver driver, String database, Duration readTimeout, BookmarkManager bookmarks,
                            WriteFence fence, ThreadLocal<TransactionContext> openRead) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
        this.readTimeout = readTimeout;
        this.bookmarks = bookmarks;
        this.fence = fence;
        this.openRead = openRead;
    }

    /** The same database, whose reads the server stops after {@code timeout} (e.g. a request's deadline). */
    public CatalogDatabase withReadTimeout(Duration timeout) {
        return new CatalogDatabase(driver, database, Objects.requireNonNull(timeout, "timeout"), bookmarks, fence,
                openRead);
    }

    /**
     * The same database, whose every write transaction first passes {@code fence} (in that transaction, so
     * a write commits only while the fence holds, e.g. while this process holds the ingest lease).
     */
    public CatalogDatabase fencedBy(WriteFence writeFence) {
        return new CatalogDatabase(driver, database, readTimeout, bookmarks, Objects.requireNonNull(writeFence),
                openRead);
    }

    /** Runs work in one read transaction with the default read timeout. */
    public <T> T read(TransactionCallback<T> work) {
        return read(work, readTimeout);
    }

    /**
     * Runs work in one read transaction that the server aborts after the timeout; inside {@link #inOneRead} on
     * this thread, in that transaction (and under its timeout).
     */
    public <T> T read(TransactionCallback<T> work, Duration timeout) {
        TransactionContext open = openRead.get();
        if (open != null) {
            return work.execute(open);
        }
        transactions.increment();
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /**
     * Runs {@code work} with every {@link #read} it makes on this thread, through this database or any view of it,
     * in one read transaction with the default read timeout (retried whole by the driver on transient failures,
     * so the work must only read). Reads on other threads, writes and {@link #session} callers open their own.
     * Inside another {@code inOneRead}, it joins that transaction.
     */
    public <T> T inOneRead(Supplier<T> work) {
        if (openRead.get() != null) {
            return work.get();
        }
        return read(tx -> {
            openRead.set(tx);
            try {
                return work.get();
            } finally {
                openRead.remove();
            }
        });
    }

    /** Runs work in one write transaction (retried by the driver on transient failures). */
    public <T> T write(TransactionCallback<T> work) {
        transactions.increment();
        try (Session session = session(AccessMode.WRITE)) {
            return session.executeWrite(tx -> {
                fence.check(tx);
                return work.execute(tx);
            });
        }
    }

    /** Runs one write statement in its own transaction and discards its result. */
    public void writeStatement(String cypher, Map<String, Object> parameters) {
        write(tx -> {
            tx.run(cypher, parameters).consume();
            return null;
        });
    }

    /**
     * A session for callers that manage their own transactions (e.g. a user's read-only query); it shares
     * this database's bookmarks. Writes must go through {@link #write}, so they are retried and fenced.
     */
    public Session session(AccessMode mode) {
        return driver.session(sessionConfig(mode).build());
    }

    /** A session that pulls at most {@code fetchSize} records ahead of its reader. */
    public Session session(AccessMode mode, long fetchSize) {
        return driver.session(sessionConfig(mode).withFetchSize(fetchSize).build());
    }

    private SessionConfig.Builder sessionConfig(AccessMode mode) {
        SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode)
                .withBookmarkManager(bookmarks);
        if (database != null) {
            config.withDatabase(database);
        }
        return config;
    }

    /** The bookmarks this process has seen last: the state of the database its next read starts from. */
    public List<String> bookmarks() {
        return bookmarks.getBookmarks().stream().map(Bookmark::value).sorted().toList();
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
