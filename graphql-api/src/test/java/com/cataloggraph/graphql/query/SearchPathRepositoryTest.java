package com.cataloggraph.graphql.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchPathRepositoryTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void searchRanksTheBestMatchFirst() {
        var response = graphQl.documentName("search").variable("text", "payments service").execute();

        List<String> refs = response.path("search[*].entity.ref").entityList(String.class).get();
        List<Double> scores = response.path("search[*].score").entityList(Double.class).get();
        assertThat(refs.getFirst()).isEqualTo("component:default/payments-service");
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(score -> score > 0);
    }

    @Test
    void searchFindsDescriptionsAndTagsAndHonoursFilters() {
        graphQl.documentName("search").variable("text", "card").execute()
                .path("search[*].entity.ref").entityList(String.class).containsExactly("component:default/payments-service");
        graphQl.documentName("search").variable("text", "pci").execute()
                .path("search[*].entity.ref").entityList(String.class).containsExactly("component:default/payments-service");
        graphQl.documentName("search").variable("text", "payments").variable("filter", Map.of("kind", "api")).execute()
                .path("search[*].entity.ref").entityList(String.class).containsExactly("api:default/payments-api");
        graphQl.documentName("search").variable("text", "payments").variable("first", 2).execute()
                .path("search").entityList(Object.class).hasSize(2);
    }

    @Test
    void searchForNothingSearchableFindsNothing() {
        graphQl.documentName("search").variable("text", "  --  ").execute()
                .path("search").matchesJsonStrictly("[]");
    }

    @Test
    void pathFollowsRelationsInEitherDirection() {
        graphQl.documentName("path").variable("from", "alice").variable("to", "payments-service").execute()
                .path("path").matchesJsonStrictly("""
                        {
                          "from": {"ref": "user:default/alice"},
                          "to": {"ref": "component:default/payments-service"},
                          "length": 2,
                          "steps": [
                            {"from": {"ref": "user:default/alice"}, "relation": "memberOf",
                             "to": {"__typename": "Group", "ref": "group:default/payments-team"}},
                            {"from": {"ref": "group:default/payments-team"}, "relation": "ownerOf",
                             "to": {"__typename": "Component", "ref": "component:default/payments-service"}}
                          ]
                        }
                        """);
    }

    @Test
    void pathFromAnEntityToItselfIsEmpty() {
        graphQl.documentName("path").variable("from", "ledger").variable("to", "component:default/ledger").execute()
                .path("path.length").entity(Integer.class).isEqualTo(0)
                .path("path.steps").matchesJsonStrictly("[]");
    }

    @Test
    void pathNamesTheEndThatMatchesNothing() {
        graphQl.documentName("path").variable("from", "alice").variable("to", "component:default/nowhere").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).startsWith("No entity matches \"component:default/nowhere\" (argument to)");
                    assertThat(error.getExtensions()).containsEntry("argument", "to");
                }))
                .path("path").valueIsNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://git.example.com/acme/payments-service",
            "git@git.example.com:acme/payments-service.git", "https://git.example.com/acme/payments-service/"})
    void repositoryByRemoteUrl(String url) {
        graphQl.documentName("repository").variable("name", url).execute()
                .path("repository").matchesJsonStrictly("""
                        {
                          "name": "payments-service",
                          "url": "https://git.example.com/acme/payments-service.git",
                          "entities": [
                            {"__typename": "API", "ref": "api:default/payments-api"},
                            {"__typename": "Component", "ref": "component:default/payments-service"}
                          ]
                        }
                        """);
    }

    @Test
    void repositoryByFolderName() {
        graphQl.documentName("repository").variable("name", "payments-service").execute()
                .path("repository.name").entity(String.class).isEqualTo("payments-service")
                .path("repository.entities[*].ref").entityList(String.class)
                .containsExactly("api:default/payments-api", "component:default/payments-service");
    }

    @Test
    void aRepositoryTheCatalogDoesNotKnowIsNull() {
        graphQl.documentName("repository").variable("name", "https://git.example.com/acme/unknown").execute()
                .path("repository").valueIsNull();
    }
}
