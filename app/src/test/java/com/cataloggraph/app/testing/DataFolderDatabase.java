package com.cataloggraph.app.testing;

import com.cataloggraph.app.neo4j.EmbeddedNeo4j;
import com.cataloggraph.model.store.CatalogDatabase;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A data folder that a {@code catalog-graph} process left behind, opened in the test's own JVM
 * (after that process ended) to look at exactly what it stored.
 */
public final class DataFolderDatabase implements AutoCloseable {

    private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final CatalogDatabase database;

    private DataFolderDatabase(Path folder) {
        this.neo4j = EmbeddedNeo4j.start(folder, 0, PAGE_CACHE_BYTES);
        this.driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.auth());
        this.database = new CatalogDatabase(driver);
    }

    public static DataFolderDatabase open(Path folder) {
        return new DataFolderDatabase(folder);
    }

    public CatalogDatabase database() {
        return database;
    }

    /** The single number a query returns, e.g. a count. */
    public long number(String cypher) {
        return database.read(tx -> tx.run(cypher).single().get(0).asLong());
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
