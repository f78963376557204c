package com.cataloggraph.model.testing;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Database doors as other processes have them: each its own driver to the shared test database (its
 * own connections and bookmarks), so the only thing they share is the database, as two JVMs would.
 * Closing this closes them all.
 */
public final class OtherProcesses implements AutoCloseable {

    private final List<Driver> drivers = new CopyOnWriteArrayList<>();

    /** A new process's door to the database. */
    public CatalogDatabase open() {
        Driver driver = GraphDatabase.driver(TestNeo4j.get().boltUri(), AuthTokens.none());
        drivers.add(driver);
        return new CatalogDatabase(driver);
    }

    @Override
    public void close() {
        drivers.forEach(Driver::close);
    }
}
