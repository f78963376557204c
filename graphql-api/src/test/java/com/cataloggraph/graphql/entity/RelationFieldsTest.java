package com.cataloggraph.graphql.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every relation field, both directions, on the sample catalog. */
class RelationFieldsTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void componentRelationsOfAService() {
        graphQl.documentName("componentRelations").variable("ref", "payments-service").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "owner": {"__typename": "Group", "ref": "group:default/payments-team"},
                          "system": {"ref": "system:default/payments"},
                          "subcomponentOf": null,
                          "subcomponents": [],
                          "providesApis": [{"ref": "api:default/payments-api"}],
                          "consumesApis": [],
                          "dependsOn": [
                            {"__typename": "Component", "ref": "component:default/ledger", "missing": false},
                            {"__typename": "Resource", "ref": "resource:default/payments-db", "missing": false}
                          ],
                          "transitive": [
                            {"ref": "component:default/ledger"},
                            {"ref": "resource:default/payments-db"},
                            {"ref": "resource:default/ledger-db"}
                          ],
                          "dependents": []
                        }
                        """);
    }

    @Test
    void aComponentOwnedByAUserConsumingAnApi() {
        graphQl.documentName("componentRelations").variable("ref", "checkout-web").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "owner": {"__typename": "User", "ref": "user:default/bob"},
                          "system": null,
                          "subcomponentOf": null,
                          "subcomponents": [],
                          "providesApis": [],
                          "consumesApis": [{"ref": "api:default/payments-api"}],
                          "dependsOn": [],
                          "transitive": [],
                          "dependents": [{"ref": "component:default/mobile-app"}]
                        }
                        """);
    }

    @Test
    void dependsOnReachesRefsNoDescriptorDefines() {
        graphQl.documentName("componentRelations").variable("ref", "mobile-app").execute()
                .path("entity.owner").valueIsNull()
                .path("entity.dependsOn").matchesJsonStrictly("""
                        [
                          {"__typename": "Component", "ref": "component:default/checkout-web", "missing": false},
                          {"__typename": "Resource", "ref": "resource:default/ghost-cache", "missing": true}
                        ]
                        """);
    }

    @Test
    void dependsOnFiltersWhatItReturnsByKindAndType() {
        graphQl.documentName("dependsOnFiltered").variable("ref", "payments-service").variable("depth", 3)
                .variable("kinds", List.of("RESOURCE")).execute()
                .path("entity.dependsOn").matchesJsonStrictly("""
                        [{"ref": "resource:default/payments-db"}, {"ref": "resource:default/ledger-db"}]
                        """);
        graphQl.documentName("dependsOnFiltered").variable("ref", "payments-service").variable("depth", 3)
                .variable("types", List.of("library", "website")).execute()
                .path("entity.dependsOn").matchesJsonStrictly("[{\"ref\": \"component:default/ledger\"}]");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void refusesADepthOutsideOneToFive(int depth) {
        graphQl.documentName("dependsOnFiltered").variable("ref", "payments-service").variable("depth", depth)
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("Argument depth must be between 1 and 5, was " + depth);
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getPath()).isEqualTo("entity.dependsOn");
                    assertThat(error.getExtensions()).containsEntry("argument", "depth").containsEntry("value", depth);
                }));
    }

    @Test
    void apiProvidersConsumersAndDefinition() {
        graphQl.documentName("apiRelations").variable("ref", "payments-api").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "owner": {"ref": "group:default/payments-team"},
                          "system": {"ref": "system:default/payments"},
                          "providers": [{"ref": "component:default/payments-service"}],
                          "consumers": [{"ref": "component:default/checkout-web"}],
                          "definition": "openapi: 3.0.0",
                          "definitionPath": "payments-service/openapi.yaml"
                        }
                        """);
    }

    @Test
    void resourceDependentsTransitively() {
        graphQl.documentName("resourceRelations").variable("ref", "ledger-db").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "owner": {"ref": "group:default/payments-team"},
                          "system": null,
                          "dependsOn": [],
                          "dependents": [{"ref": "component:default/ledger"}],
                          "allDependents": [
                            {"__typename": "Component", "ref": "component:default/ledger"},
                            {"__typename": "Component", "ref": "component:default/payments-service"}
                          ]
                        }
                        """);
    }

    @Test
    void aResourceInASystem() {
        graphQl.documentName("resourceRelations").variable("ref", "payments-db").execute()
                .path("entity.system").matchesJsonStrictly("{\"ref\": \"system:default/payments\"}")
                .path("entity.dependents").matchesJsonStrictly("[{\"ref\": \"component:default/payments-service\"}]");
    }

    @Test
    void systemPartsSplitByKind() {
        graphQl.documentName("systemRelations").variable("ref", "system:payments").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "title": "Payments",
                          "owner": {"ref": "group:default/payments-team"},
                          "domain": {"ref": "domain:default/commerce"},
                          "components": [{"ref": "component:default/payments-service"}],
                          "apis": [{"ref": "api:default/payments-api"}],
                          "resources": [{"ref": "resource:default/payments-db"}]
                        }
                        """);
    }

    @Test
    void domainSystems() {
        graphQl.documentName("domainRelations").variable("ref", "commerce").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "owner": {"ref": "group:default/platform"},
                          "systems": [{"ref": "system:default/payments"}],
                          "subdomainOf": null,
                          "subdomains": []
                        }
                        """);
    }

    @Test
    void teamProfileHierarchyMembersAndWhatItOwns() {
        graphQl.documentName("groupRelations").variable("ref", "group:payments-team").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "type": "team",
                          "title": "Payments Team",
                          "profile": {"displayName": null, "email": "payments@example.com", "picture": null},
                          "parent": {"ref": "group:default/platform"},
                          "children": [],
                          "members": [{"ref": "user:default/alice"}, {"ref": "user:default/bob"}],
                          "owns": [
                            {"__typename": "API", "ref": "api:default/payments-api"},
                            {"__typename": "Component", "ref": "component:default/ledger"},
                            {"__typename": "Component", "ref": "component:default/payments-service"},
                            {"__typename": "Resource", "ref": "resource:default/ledger-db"},
                            {"__typename": "Resource", "ref": "resource:default/payments-db"},
                            {"__typename": "System", "ref": "system:default/payments"}
                          ],
                          "services": [{"ref": "component:default/payments-service"}]
                        }
                        """);
    }

    @Test
    void rootGroupChildren() {
        graphQl.documentName("groupRelations").variable("ref", "platform").execute()
                .path("entity.parent").valueIsNull()
                .path("entity.children").matchesJsonStrictly("[{\"ref\": \"group:default/payments-team\"}]")
                .path("entity.members").matchesJsonStrictly("[]")
                .path("entity.owns").matchesJsonStrictly("[{\"__typename\": \"Domain\", \"ref\": \"domain:default/commerce\"}]");
    }

    @Test
    void userGroupsAndWhatTheyOwn() {
        graphQl.documentName("userRelations").variable("ref", "user:bob").execute()
                .path("entity").matchesJsonStrictly("""
                        {
                          "profile": {"email": "bob@example.com"},
                          "memberOf": [{"ref": "group:default/payments-team"}],
                          "owns": [{"ref": "component:default/checkout-web"}]
                        }
                        """);
    }

    @Test
    void allDirectRelationsWithBackstageNames() {
        graphQl.documentName("relations").variable("ref", "payments-api").execute()
                .path("entity.relations").matchesJsonStrictly("""
                        [
                          {"type": "apiConsumedBy", "target": {"__typename": "Component", "ref": "component:default/checkout-web"}},
                          {"type": "ownedBy", "target": {"__typename": "Group", "ref": "group:default/payments-team"}},
                          {"type": "partOf", "target": {"__typename": "System", "ref": "system:default/payments"}},
                          {"type": "apiProvidedBy", "target": {"__typename": "Component", "ref": "component:default/payments-service"}}
                        ]
                        """);
    }
}
