package com.cataloggraph.model.store;

import org.neo4j.driver.TransactionContext;

/**
 * A condition every write transaction of a {@link CatalogDatabase#fencedBy fenced} database checks
 * first, inside that transaction: it throws to stop the transaction before it writes anything.
 */
@FunctionalInterface
public interface WriteFence {

    /** No condition. */
    WriteFence NONE = tx -> {
    };

    /**
     * Checks the condition inside {@code tx}, the transaction about to write.
     *
     * @throws RuntimeException (not retried) when the transaction must not write
     */
    void check(TransactionContext tx);
}
