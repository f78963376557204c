package com.cataloggraph.graphql.graphiql;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The saved examples GraphiQL opens with answer their questions on the sample catalog. */
class ExampleQueriesTest extends GraphQlApiTest {

    private static final Map<String, String> QUERIES = GraphiQlExamples.load().stream()
            .collect(Collectors.toMap(GraphiQlExample::name, GraphiQlExample::query));

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void whoOwns() {
        graphQl.document(QUERIES.get("who-owns")).execute().path("entity.owner").matchesJsonStrictly("""
                {
                  "ref": "group:default/payments-team",
                  "title": "Payments Team",
                  "profile": {"email": "payments@example.com"},
                  "members": [
                    {"name": "alice", "profile": {"email": "alice@example.com"}},
                    {"name": "bob", "profile": {"email": "bob@example.com"}}
                  ],
                  "parent": {"ref": "group:default/platform"}
                }
                """);
    }

    @Test
    void serviceDependencies() {
        graphQl.document(QUERIES.get("service-dependencies")).execute().path("entity").matchesJsonStrictly("""
                {
                  "ref": "component:default/payments-service",
                  "dependsOn": [
                    {"ref": "component:default/ledger", "type": "library"},
                    {"ref": "resource:default/payments-db", "type": "database"},
                    {"ref": "resource:default/ledger-db", "type": "database"}
                  ],
                  "providesApis": [
                    {"ref": "api:default/payments-api", "type": "openapi",
                     "consumers": [{"ref": "component:default/checkout-web"}]}
                  ]
                }
                """);
    }

    @Test
    void teamServices() {
        graphQl.document(QUERIES.get("team-services")).execute().path("entity").matchesJsonStrictly("""
                {
                  "ref": "group:default/payments-team",
                  "owns": [
                    {"ref": "component:default/payments-service", "lifecycle": "production",
                     "system": {"ref": "system:default/payments"}, "providesApis": [{"ref": "api:default/payments-api"}]}
                  ]
                }
                """);
    }

    @Test
    void blastRadius() {
        graphQl.document(QUERIES.get("blast-radius")).execute().path("entity").matchesJsonStrictly("""
                {
                  "ref": "resource:default/ledger-db",
                  "dependents": [
                    {"ref": "component:default/ledger",
                     "owner": {"ref": "group:default/payments-team", "profile": {"email": "payments@example.com"}}},
                    {"ref": "component:default/payments-service",
                     "owner": {"ref": "group:default/payments-team", "profile": {"email": "payments@example.com"}}}
                  ]
                }
                """);
    }

    @Test
    void catalogHealth() {
        graphQl.document(QUERIES.get("catalog-health")).execute()
                .path("catalogStats.entityCount").entity(Integer.class).isEqualTo(13)
                .path("catalogStats.danglingRefs").entity(Integer.class).isEqualTo(1)
                .path("catalogStats.lastIngestRun").matchesJsonStrictly("""
                        {"id": "run-2", "finishedAt": "2026-11-02T10:00:05Z", "status": "succeeded"}
                        """)
                .path("entities").matchesJsonStrictly("""
                        {
                          "totalCount": 4,
                          "nodes": [
                            {"ref": "component:default/checkout-web", "type": "website", "lifecycle": "experimental"},
                            {"ref": "component:default/ledger", "type": "library", "lifecycle": "production"},
                            {"ref": "component:default/mobile-app", "type": "website", "lifecycle": "production"},
                            {"ref": "component:default/payments-service", "type": "service", "lifecycle": "production"}
                          ],
                          "pageInfo": {"hasNextPage": false, "endCursor": "%s"}
                        }
                        """.formatted(com.cataloggraph.model.query.EntityQueries.cursorAfter(
                        com.cataloggraph.model.query.EntityFilter.ofKind("component"), "component:default/payments-service")));
    }
}
