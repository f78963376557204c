package com.cataloggraph.app.testing;

import com.cataloggraph.model.testing.TestNeo4j;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot test's application at the JVM's shared test Neo4j (as an external
 * server), so application tests do not each start an embedded database.
 */
public final class SharedNeo4jProperties {

    private SharedNeo4jProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("catalog.neo4j.uri", () -> TestNeo4j.get().boltUri().toString());
        registry.add("catalog.neo4j.password", () -> "");
    }
}
