package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletionQueriesTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CompletionQueries queries = new CompletionQueries(neo4j.database());

    @BeforeEach
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(CatalogGraph.over(neo4j.database()).writer());
    }

    @Test
    void completesKindsOfDefinedEntities() {
        assertThat(queries.kinds("", 20)).containsExactly("api", "component", "domain", "group", "resource", "system",
                "user");
        assertThat(queries.kinds("Re", 20)).containsExactly("resource");
    }

    @Test
    void completesNamespacesOfAKind() {
        assertThat(queries.namespaces("component", "d", 20)).containsExactly("default");
        assertThat(queries.namespaces("component", "x", 20)).isEmpty();
    }

    @Test
    void completesNamesWithinAKindAndNamespaceLeavingMissingRefsOut() {
        assertThat(queries.names("component", "default", "pay", 20)).containsExactly("payments-service");
        assertThat(queries.names("resource", "default", "", 20)).containsExactly("ledger-db", "payments-db");
        assertThat(queries.names(null, null, "payments", 20)).containsExactly("payments", "payments-api",
                "payments-db", "payments-service", "payments-team");
    }

    @Test
    void returnsOneValueMoreThanTheLimitSoCallersKnowThereAreMore() {
        assertThat(queries.names(null, null, "payments", 2)).containsExactly("payments", "payments-api",
                "payments-db");
    }
}
