package com.cataloggraph.graphql.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;

class EntityLookupTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void readsEveryFieldOfAnEntity() {
        graphQl.documentName("entityFields").variable("ref", "component:default/payments-service").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "__typename": "Component",
                          "ref": "component:default/payments-service",
                          "kind": "Component",
                          "namespace": "default",
                          "name": "payments-service",
                          "title": null,
                          "description": "Takes card payments",
                          "type": "service",
                          "lifecycle": "production",
                          "tags": ["java", "pci"],
                          "labels": [],
                          "annotations": [{"key": "github.com/project-slug", "value": "acme/payments-service"}],
                          "links": [],
                          "source": {
                            "repository": "payments-service",
                            "repositoryUrl": "https://git.example.com/acme/payments-service.git",
                            "file": "payments-service/catalog-info.yaml",
                            "location": "file:payments-service/catalog-info.yaml"
                          },
                          "missing": false,
                          "orphan": false
                        }
                        """);
    }

    @Test
    void readsAMissingEntityThatRelationsPointAt() {
        graphQl.documentName("entityFields").variable("ref", "resource:default/ghost-cache").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "__typename": "Resource",
                          "ref": "resource:default/ghost-cache",
                          "kind": "Resource",
                          "namespace": "default",
                          "name": "ghost-cache",
                          "title": null,
                          "description": null,
                          "type": null,
                          "lifecycle": null,
                          "tags": [],
                          "labels": [],
                          "annotations": [],
                          "links": [],
                          "source": null,
                          "missing": true,
                          "orphan": false
                        }
                        """);
    }

    @ParameterizedTest
    @CsvSource({
            "component:default/payments-service, Component, component:default/payments-service",
            "Payments-Service, Component, component:default/payments-service",
            "component:ledger, Component, component:default/ledger",
            "default/payments-api, API, api:default/payments-api",
            "Payments Team, Group, group:default/payments-team",
            "payments, System, system:default/payments",
            "commerce, Domain, domain:default/commerce",
            "alice, User, user:default/alice",
            "payments-db, Resource, resource:default/payments-db"})
    void resolvesFullAndPartialRefsAndTitlesToTheirType(String asked, String type, String ref) {
        graphQl.documentName("entityRef").variable("ref", asked).execute()
                .path("entity").matchesJsonStrictly("{\"__typename\": \"" + type + "\", \"ref\": \"" + ref + "\"}");
    }

    /** Issue 20 item 2: a 1,000,000-character ref built an unbounded fuzzy search and exhausted the heap. */
    @Test
    void answersABoundedErrorForAMillionCharacterRefWithoutRepeatingIt() {
        graphQl.documentName("entityRef").variable("ref", "x".repeat(1_000_000)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("The entity name or ref has 1,000,000 characters; at "
                            + "most 300 are accepted. Pass a ref such as component:default/payments, or a name or title.");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getExtensions()).doesNotContainKey("value");
                }))
                .path("entity").valueIsNull();
    }

    @Test
    void answersNotFoundWithSuggestionsForAnUnknownName() {
        graphQl.documentName("entityRef").variable("ref", "paymnts-servise").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    ResponseError error = errors.getFirst();
                    assertThat(error.getMessage()).isEqualTo("No entity matches \"paymnts-servise\" (argument ref). "
                            + "Did you mean: component:default/payments-service, system:default/payments, "
                            + "api:default/payments-api, group:default/payments-team, resource:default/payments-db?");
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(error.getPath()).isEqualTo("entity");
                    assertThat(error.getExtensions()).containsEntry("argument", "ref")
                            .containsEntry("value", "paymnts-servise")
                            .containsEntry("suggestions", List.of("component:default/payments-service",
                                    "system:default/payments", "api:default/payments-api",
                                    "group:default/payments-team", "resource:default/payments-db"));
                })
                .path("entity").valueIsNull();
    }

    @Test
    void answersNotFoundForAWellFormedRefNothingDefines() {
        graphQl.documentName("entityRef").variable("ref", "component:default/zzzz").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("No entity matches \"component:default/zzzz\" (argument ref)");
                    assertThat(error.getExtensions()).isEqualTo(Map.of("classification", "NOT_FOUND",
                            "argument", "ref", "value", "component:default/zzzz", "suggestions", List.of()));
                }));
    }
}
