package com.cataloggraph.graphql.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatusTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void countsEntitiesRelationsDanglingRefsAndOrphansAndShowsTheLastRun() {
        graphQl.documentName("status").execute()
                .path("catalogStats").matchesJsonStrictly("""
                        {
                          "entityCount": 13,
                          "entitiesByKind": [
                            {"kind": "API", "count": 1},
                            {"kind": "Component", "count": 4},
                            {"kind": "Domain", "count": 1},
                            {"kind": "Group", "count": 2},
                            {"kind": "Resource", "count": 2},
                            {"kind": "System", "count": 1},
                            {"kind": "User", "count": 2}
                          ],
                          "relationCount": 22,
                          "danglingRefs": 1,
                          "orphans": 0,
                          "lastIngestRun": {
                            "id": "run-2",
                            "startedAt": "2026-11-02T10:00:00Z",
                            "finishedAt": "2026-11-02T10:00:05Z",
                            "status": "succeeded",
                            "source": "sample-catalog",
                            "counts": [{"name": "entities", "value": 13}]
                          }
                        }
                        """)
                .path("ingestRuns").matchesJsonStrictly("""
                        [{"id": "run-2", "status": "succeeded"}, {"id": "run-1", "status": "failed"}]
                        """)
                .path("latest").matchesJsonStrictly("""
                        [{"id": "run-2", "counts": [{"name": "entities", "value": 13}]}]
                        """);
    }

    @Test
    void listsEveryRunWithItsCountsByName() {
        graphQl.document("{ ingestRuns(first: 5) { id counts { name value } } }").execute()
                .path("ingestRuns[1]").matchesJsonStrictly("""
                        {"id": "run-1", "counts": [{"name": "entities", "value": 12}, {"name": "errors", "value": 1}]}
                        """);
    }

    @Test
    void refusesToListNoRuns() {
        graphQl.document("{ ingestRuns(first: 0) { id } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage())
                                .isEqualTo("Argument first must be at least 1, was 0")));
    }
}
