package com.cataloggraph.app.neo4j;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the catalog schema once the database answers. A command that writes calls
 * {@link #ensureApplied()} and fails fast when the database is down; a server that starts while
 * an external database is down starts anyway (health says DOWN and why) and keeps trying in the
 * background, so it recovers by itself when the database returns.
 */
public final class SchemaBootstrap implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaBootstrap.class);

    private final CatalogDatabase database;
    private final Duration retryInterval;
    private volatile boolean applied;
    private ScheduledExecutorService retries;

    public SchemaBootstrap(CatalogDatabase database, Duration retryInterval) {
        this.database = database;
        this.retryInterval = retryInterval;
    }

    /**
     * Applies the schema now if it was not yet.
     *
     * @throws ServiceUnavailableException when the database cannot be reached
     */
    public synchronized void ensureApplied() {
        if (!applied) {
            CatalogSchema.apply(database);
            applied = true;
        }
    }

    /** Tries once; on an unreachable database, keeps retrying in the background instead of failing. */
    public synchronized void applyOrRetryInBackground() {
        try {
            ensureApplied();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            LOG.warn("Neo4j is unavailable ({}); serving anyway, retrying the schema every {} s",
                    e.getMessage(), retryInterval.toSeconds());
            retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "schema-bootstrap");
                thread.setDaemon(true);
                return thread;
            });
            retries.scheduleWithFixedDelay(this::retry, retryInterval.toMillis(), retryInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    public boolean applied() {
        return applied;
    }

    private void retry() {
        try {
            ensureApplied();
            LOG.info("Neo4j is back; schema applied");
            retries.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Neo4j still unavailable: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (retries != null) {
            retries.shutdownNow();
        }
    }
}
