package com.cataloggraph.model.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.TransactionContext;

/**
 * The ingest lease while this process holds it: a heartbeat renews it every third of its timeout, and
 * as a {@link WriteFence} it makes each write transaction of the run check, inside that transaction,
 * that the lease is still this process's (renewing it too). A lease that lapsed, because the heartbeat
 * could not reach the database in time or the process stalled, stops the run at its next write.
 * Closing it stops the heartbeat and gives the lease back.
 */
public final class HeldLease implements WriteFence, AutoCloseable {

    private final IngestLease lease;
    private final String holder;
    private final String runId;
    private final String token;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean lost;

    HeldLease(IngestLease lease, String holder, String runId, String token) {
        this.lease = lease;
        this.holder = holder;
        this.runId = runId;
        this.token = token;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, lease.timeout().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    public String holder() {
        return holder;
    }

    public String runId() {
        return runId;
    }

    /** True once a renewal or a write found the lease no longer this process's. */
    public boolean lost() {
        return lost;
    }

    @Override
    public void check(TransactionContext tx) {
        IngestLease.Renewal renewal = lease.renew(tx, token);
        if (!renewal.held()) {
            lost = true;
            throw new IngestLeaseLostException(holder, renewal.now());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        if (!lost) {
            try {
                lease.release(token);
            } catch (RuntimeException e) {
                // the database is away: the lease lapses by itself after its timeout
            }
        }
    }

    private void renew() {
        try {
            if (!lease.database().write(tx -> lease.renew(tx, token)).held()) {
                lost = true;
                heartbeat.shutdown();
            }
        } catch (RuntimeException e) {
            // the database is away for now: try again at the next beat; a write meanwhile finds out for sure
        }
    }
}
