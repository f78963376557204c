package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RepositoryQueriesTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());
    private final RepositoryQueries queries = new RepositoryQueries(neo4j.database());

    @BeforeEach
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://git.example.com/acme/payments-service", "git@git.example.com:acme/payments-service.git",
            "acme/payments-service", "payments-service", "PAYMENTS-SERVICE.git"})
    void findsARepositorysEntitiesHoweverItIsNamed(String name) {
        List<RepositoryMatch> matches = queries.find(RepositoryLocator.parse(name));

        assertThat(matches).hasSize(1);
        assertThat(matches.getFirst().repository()).isEqualTo("payments-service");
        assertThat(matches.getFirst().repositoryUrl()).isEqualTo("https://git.example.com/acme/payments-service.git");
        assertThat(matches.getFirst().entities()).extracting(EntitySummary::ref)
                .containsExactly("api:default/payments-api", "component:default/payments-service");
    }

    @Test
    void findsNothingForAnUnknownRepository() {
        assertThat(queries.find(RepositoryLocator.parse("acme/unknown"))).isEmpty();
        assertThat(queries.find(RepositoryLocator.parse("https://github.com/acme/payments-service"))).isEmpty();
    }

    @Test
    void returnsEveryEquallyGoodMatchWhenAFolderNameIsAmbiguous() {
        TestCatalog twin = new TestCatalog();
        twin.add("component:default/other-payments").source("payments-service",
                "git@git.example.com:retail/payments-service.git", "catalog-info.yaml");
        twin.writeTo(graph.writer());

        assertThat(queries.find(RepositoryLocator.parse("payments-service"))).extracting(RepositoryMatch::repositoryUrl)
                .containsExactlyInAnyOrder("https://git.example.com/acme/payments-service.git",
                        "git@git.example.com:retail/payments-service.git");
        assertThat(queries.find(RepositoryLocator.parse("retail/payments-service")))
                .extracting(RepositoryMatch::repositoryUrl).containsExactly("git@git.example.com:retail/payments-service.git");
    }
}
