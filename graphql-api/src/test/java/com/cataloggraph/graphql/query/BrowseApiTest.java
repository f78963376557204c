package com.cataloggraph.graphql.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the catalog browser asks: sorted pages, facets, a bounded neighbourhood with owners, the
 * ingest's problems per file and per entity, and who is calling.
 */
class BrowseApiTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalogWithAProblemFileAndAnOrphan() {
        SampleCatalog.write();
        TestNeo4j.get().database().writeStatement("""
                CREATE (:SourceFile {location: 'file:payments-service/catalog-info.yaml',
                                     file: 'payments-service/catalog-info.yaml', repository: 'payments-service',
                                     status: 'PARTIAL', claims: ['component:default/payments-service'],
                                     problems: $problems})
                WITH 1 AS done
                MATCH (n:Entity {ref: 'component:default/mobile-app'}) SET n.orphan = true
                """, Map.of("problems", """
                [{"severity":"ERROR","rule":"entity-ref","file":"payments-service/catalog-info.yaml","document":2,\
                "line":31,"field":"spec.owner","value":"group:","message":"\\"group:\\" is not an entity ref"}]"""));
    }

    @Test
    void sortsByNameAndContinuesAfterAnEdgesCursor() {
        var first = graphQl.documentName("sortedEntities")
                .variable("filter", Map.of("kind", "component"))
                .variable("first", 2)
                .variable("orderBy", Map.of("field", "NAME", "descending", true))
                .execute();
        first.path("entities.edges[*].node.name").entityList(String.class)
                .containsExactly("payments-service", "mobile-app");
        first.path("entities.totalCount").entity(Integer.class).isEqualTo(4);
        String afterFirst = first.path("entities.edges[0].cursor").entity(String.class).get();

        graphQl.documentName("sortedEntities")
                .variable("filter", Map.of("kind", "component"))
                .variable("first", 5)
                .variable("after", afterFirst)
                .variable("orderBy", Map.of("field", "NAME", "descending", true))
                .execute()
                .path("entities.edges[*].node.name").entityList(String.class)
                .containsExactly("mobile-app", "ledger", "checkout-web");
    }

    @Test
    void countsTheFacetsOfAFilterWhoseOwnerIsAPartialRef() {
        graphQl.documentName("facets")
                .variable("filter", Map.of("owner", "payments-team"))
                .execute()
                .path("facets").matchesJsonStrictly("""
                        {
                          "total": 6,
                          "kinds": [{"value": "component", "label": "Component", "count": 2},
                                    {"value": "resource", "label": "Resource", "count": 2},
                                    {"value": "api", "label": "API", "count": 1},
                                    {"value": "system", "label": "System", "count": 1}],
                          "types": [{"value": "database", "count": 2}, {"value": "library", "count": 1},
                                    {"value": "openapi", "count": 1}, {"value": "service", "count": 1}],
                          "lifecycles": [{"value": "production", "count": 3}],
                          "owners": [{"value": "group:default/payments-team", "label": "Payments Team", "count": 6}],
                          "systems": [{"value": "system:default/payments", "label": "Payments", "count": 3}],
                          "tags": [{"value": "java", "count": 1}, {"value": "pci", "count": 1}],
                          "withProblems": 2,
                          "orphans": 0,
                          "missing": 0
                        }
                        """);
    }

    @Test
    void filtersOnProblemsOrphansAndMissingRefs() {
        graphQl.documentName("entities").variable("filter", Map.of("hasProblems", true)).execute()
                .path("entities.nodes[*].ref").entityList(String.class)
                .containsExactly("api:default/payments-api", "component:default/payments-service");
        graphQl.documentName("entities").variable("filter", Map.of("orphan", true)).execute()
                .path("entities.nodes[*].ref").entityList(String.class).containsExactly("component:default/mobile-app");
        graphQl.documentName("entities").variable("filter", Map.of("missing", true)).execute()
                .path("entities.nodes[*].ref").entityList(String.class).containsExactly("resource:default/ghost-cache");
    }

    @Test
    void drawsTheBlastRadiusOfADatabaseWithTheOwnerOfEachEntity() {
        graphQl.documentName("blastRadius").variable("ref", "payments-db").execute()
                .path("neighbourhood").matchesJsonStrictly("""
                        {
                          "root": {"ref": "resource:default/payments-db"},
                          "nodes": [
                            {"distance": 0, "entity": {"ref": "resource:default/payments-db",
                              "owner": {"ref": "group:default/payments-team", "title": "Payments Team"}}},
                            {"distance": 1, "entity": {"ref": "component:default/payments-service",
                              "owner": {"ref": "group:default/payments-team", "title": "Payments Team"}}},
                            {"distance": 2, "entity": {"ref": "api:default/payments-api",
                              "owner": {"ref": "group:default/payments-team", "title": "Payments Team"}}},
                            {"distance": 3, "entity": {"ref": "component:default/checkout-web",
                              "owner": {"ref": "user:default/bob"}}},
                            {"distance": 4, "entity": {"ref": "component:default/mobile-app", "owner": null}}
                          ],
                          "edges": [
                            {"from": "component:default/checkout-web", "type": "CONSUMES_API", "relation": "consumesApi",
                             "to": "api:default/payments-api"},
                            {"from": "component:default/mobile-app", "type": "DEPENDS_ON", "relation": "dependsOn",
                             "to": "component:default/checkout-web"},
                            {"from": "component:default/payments-service", "type": "DEPENDS_ON", "relation": "dependsOn",
                             "to": "resource:default/payments-db"},
                            {"from": "component:default/payments-service", "type": "PROVIDES_API",
                             "relation": "providesApi", "to": "api:default/payments-api"}
                          ],
                          "truncated": false
                        }
                        """);
    }

    @Test
    void walksTheChosenRelationTypesAndRefusesAGraphOverTheLimit() {
        graphQl.document("""
                { neighbourhood(ref: "payments-team", direction: DEPENDENCIES, relations: [CHILD_OF]) {
                    nodes { entity { ref } } } }""").execute()
                .path("neighbourhood.nodes[*].entity.ref").entityList(String.class)
                .containsExactly("group:default/payments-team", "group:default/platform");

        graphQl.document("{ neighbourhood(ref: \"payments-db\", maxNodes: 501) { truncated } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("Argument maxNodes must be between 1 and 500 "
                            + "(catalog.graphql.max-graph-nodes), was 501");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
        graphQl.document("{ neighbourhood(ref: \"payments-db\", depth: 6) { truncated } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().extracting("message")
                        .isEqualTo("Argument depth must be between 1 and 5, was 6"));
    }

    @Test
    void listsTheFilesWithProblemsAndTheProblemsOfAnEntitysFile() {
        var response = graphQl.documentName("ingestProblems").execute();
        response.path("ingestProblems").matchesJsonStrictly("""
                {
                  "nodes": [{
                    "file": "payments-service/catalog-info.yaml", "repository": "payments-service", "status": "PARTIAL",
                    "claims": ["component:default/payments-service"],
                    "problems": [{"severity": "ERROR", "rule": "entity-ref", "document": 2, "line": 31,
                                  "field": "spec.owner", "value": "group:",
                                  "message": "\\"group:\\" is not an entity ref"}]
                  }],
                  "pageInfo": {"hasNextPage": false},
                  "totalCount": 1
                }
                """);
        response.path("entity.problems").matchesJsonStrictly("""
                [{"rule": "entity-ref", "line": 31, "field": "spec.owner"}]
                """);
        response.path("entity.updatedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());

        graphQl.documentName("ingestProblems").variable("rule", "duplicate-ref").execute()
                .path("ingestProblems.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void tellsACallerWithoutSecurityThatItMayStartRunsButNoneIsInstalled() {
        graphQl.document("{ viewer { name authenticated canStartRuns runKinds } }").execute()
                .path("viewer").matchesJsonStrictly("""
                        {"name": null, "authenticated": false, "canStartRuns": true, "runKinds": []}
                        """);
    }
}
