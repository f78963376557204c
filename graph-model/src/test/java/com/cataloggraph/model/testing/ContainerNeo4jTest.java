package com.cataloggraph.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same write and read path against Neo4j in a container, as a server deployment runs it.
 * Skipped where no Docker engine exists.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerNeo4jTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer(DockerNeo4j.IMAGE).withoutAuthentication();

    @Test
    void writesAndReadsTheSampleGraphOnAServer() {
        try (Driver driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none())) {
            CatalogDatabase database = new CatalogDatabase(driver);
            CatalogSchema.apply(database);
            CatalogGraph graph = CatalogGraph.over(database);
            SampleGraph.build().writeTo(graph.writer());

            assertThat(graph.traversal().walk("component:default/payments-service",
                    com.cataloggraph.model.query.Direction.DEPENDENCIES, 2, Set.of("resource"), Set.of()))
                    .extracting(hit -> hit.entity().ref())
                    .containsExactly("resource:default/payments-db", "resource:default/ledger-db");
            assertThat(graph.ownership().owners("component:default/ledger")).extracting(o -> o.owner().ref())
                    .isEqualTo(List.of("group:default/payments-team"));
        }
    }
}
