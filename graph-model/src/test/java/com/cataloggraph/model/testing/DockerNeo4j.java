package com.cataloggraph.model.testing;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/** Neo4j in a container, for machines with a Docker engine. */
public final class DockerNeo4j implements AutoCloseable {

    /** The official image of the Neo4j version the application embeds; deploy/compose runs it too. */
    public static final String IMAGE = "neo4j:2026.08.1-community";

    private final Neo4jContainer container;

    private DockerNeo4j(Neo4jContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        if (Boolean.getBoolean("catalog.test.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static DockerNeo4j start() {
        Neo4jContainer container = new Neo4jContainer(IMAGE).withoutAuthentication();
        container.start();
        return new DockerNeo4j(container);
    }

    URI boltUri() {
        return URI.create(container.getBoltUrl());
    }

    @Override
    public void close() {
        container.stop();
    }
}
