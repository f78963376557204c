package com.cataloggraph.ingest.testing;

import com.cataloggraph.model.testing.InterceptedDriver;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The real driver up to the n-th write transaction, then nothing at all: what the database holds
 * when the process is killed just before that transaction commits (Neo4j rolls an uncommitted
 * transaction back, so a kill inside one is the same as a kill before it). Every later call fails,
 * reads included, as they would in a dead process.
 */
public final class CrashingDriver {

    /** Never crashes: counts the writes a whole run takes. */
    public static final long NEVER = Long.MAX_VALUE;

    private final long crashAt;
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean crashed;

    /** @param crashAt the write transaction (1-based) that never happens, or {@link #NEVER} */
    public CrashingDriver(long crashAt) {
        this.crashAt = crashAt;
    }

    /** Write transactions that committed. */
    public long committedWrites() {
        return crashed ? writes.get() - 1 : writes.get();
    }

    public boolean crashed() {
        return crashed;
    }

    public Driver wrap(Driver driver) {
        return InterceptedDriver.wrap(driver, (mode, method) -> {
            if (method.getName().equals("close")) {
                return;
            }
            if (!crashed && (method.getName().equals("executeWrite") || method.getName().equals("beginTransaction"))
                    && writes.incrementAndGet() >= crashAt) {
                crashed = true;
            }
            if (crashed) {
                throw new ServiceUnavailableException("simulated crash before write transaction " + crashAt);
            }
        });
    }
}
