package com.cataloggraph.model.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;

/**
 * The real driver, with every transaction any session of it opens recorded: its access mode, and
 * whether the driver manages it (and so retries it on transient failures) or the caller does. What
 * "every read runs in a read transaction" is proved with, whoever opened the session.
 */
public final class TransactionRecorder {

    /** How a transaction was opened. */
    public enum Opened {
        /** {@code executeRead}/{@code executeWrite}: retried by the driver on transient failures. */
        MANAGED,
        /** {@code beginTransaction}: the caller commits or rolls back; nothing is retried. */
        EXPLICIT,
        /** {@code session.run}: one statement in its own transaction. */
        AUTO_COMMIT
    }

    /** One transaction: what the database was told it may do, and how it was opened. */
    public record Recorded(AccessMode mode, Opened opened) {
    }

    private final List<Recorded> transactions = new CopyOnWriteArrayList<>();

    public Driver wrap(Driver driver) {
        return InterceptedDriver.wrap(driver, (sessionMode, method) -> {
            String name = method.getName();
            if (name.startsWith("executeRead")) {
                transactions.add(new Recorded(AccessMode.READ, Opened.MANAGED));
            } else if (name.startsWith("executeWrite")) {
                transactions.add(new Recorded(AccessMode.WRITE, Opened.MANAGED));
            } else if (name.equals("beginTransaction")) {
                transactions.add(new Recorded(sessionMode, Opened.EXPLICIT));
            } else if (name.equals("run")) {
                transactions.add(new Recorded(sessionMode, Opened.AUTO_COMMIT));
            }
        });
    }

    /** Every transaction so far, in order. */
    public List<Recorded> transactions() {
        return List.copyOf(transactions);
    }

    public void clear() {
        transactions.clear();
    }
}
