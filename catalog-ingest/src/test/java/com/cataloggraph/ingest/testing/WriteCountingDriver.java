package com.cataloggraph.ingest.testing;

import com.cataloggraph.model.testing.InterceptedDriver;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;

/**
 * The real driver, with every write transaction counted: what "a run over unchanged files writes
 * nothing" is measured with. Reads and writes still go to the real database.
 */
public final class WriteCountingDriver {

    private final AtomicLong writes = new AtomicLong();

    public long writes() {
        return writes.get();
    }

    public Driver wrap(Driver driver) {
        return InterceptedDriver.wrap(driver, (mode, method) -> {
            if (method.getName().equals("executeWrite") || method.getName().equals("beginTransaction")) {
                writes.incrementAndGet();
            }
        });
    }
}
