package com.cataloggraph.model.testing;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j per test JVM, shared by every test: Testcontainers' Neo4j where a Docker
 * engine answers, the embedded harness (in-process, Bolt on a free port) everywhere else.
 * Tests call {@link #clean()} before each test rather than starting a database per class.
 */
public final class TestNeo4j {

    private static volatile TestNeo4j instance;

    private final URI boltUri;
    private final Driver driver;
    private final CatalogDatabase database;

    private TestNeo4j(URI boltUri, AutoCloseable server) {
        this.boltUri = boltUri;
        this.driver = GraphDatabase.driver(boltUri, AuthTokens.none());
        this.database = new CatalogDatabase(driver, null, Duration.ofSeconds(30));
        CatalogSchema.apply(database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            driver.close();
            try {
                server.close();
            } catch (Exception ignored) {
                // the JVM is exiting; nothing to recover
            }
        }, "test-neo4j-shutdown"));
    }

    /** The shared instance, started on first use, with the catalog schema applied. */
    public static TestNeo4j get() {
        TestNeo4j current = instance;
        if (current == null) {
            synchronized (TestNeo4j.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    public URI boltUri() {
        return boltUri;
    }

    public Driver driver() {
        return driver;
    }

    public CatalogDatabase database() {
        return database;
    }

    /** Deletes all nodes and relationships; constraints and indexes stay. */
    public TestNeo4j clean() {
        database.writeStatement("MATCH (n) DETACH DELETE n", Map.of());
        return this;
    }

    /**
     * As if the ingest lease's timeout had passed: what a process that died holding it leaves behind once
     * the timeout is over, without waiting for it.
     */
    public TestNeo4j lapseIngestLease() {
        lapseIngestLease(database);
        return this;
    }

    /** {@link #lapseIngestLease()} on any database, e.g. a data folder a killed process left. */
    public static void lapseIngestLease(CatalogDatabase database) {
        database.writeStatement("MATCH (l:IngestLease) SET l.expiresAt = datetime() - duration('PT1S')", Map.of());
    }

    private static TestNeo4j start() {
        if (DockerNeo4j.dockerAvailable()) {
            DockerNeo4j container = DockerNeo4j.start();
            return new TestNeo4j(container.boltUri(), container);
        }
        Neo4j harness = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
        return new TestNeo4j(harness.boltURI(), harness::close);
    }
}
