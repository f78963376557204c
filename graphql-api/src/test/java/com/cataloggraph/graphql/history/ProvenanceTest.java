package com.cataloggraph.graphql.history;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.entity.DocumentLines;
import com.cataloggraph.model.entity.Provenance;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.store.ChangeStamp;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where each fact was read ({@code source} on entities and relations), why the catalog cannot answer
 * well ({@code explanation}), and what changed ({@code changes}, {@code ownerOn}, {@code relationHistory}).
 */
class ProvenanceTest extends GraphQlApiTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String PAGE = "https://github.com/acme/payments/blob/" + COMMIT + "/catalog-info.yaml";

    @BeforeAll
    static void writeTwoVersionsOfTheCatalog() {
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        write(graph, "group:default/team-a", new ChangeStamp("run-1", Instant.parse("2026-03-01T10:00:00Z")));
        write(graph, "group:default/team-b", new ChangeStamp("run-2", Instant.parse("2026-03-02T10:00:00Z")));
        TestCatalog old = new TestCatalog();
        old.add("component:default/old-billing").source("billing", null, "billing/catalog-info.yaml");
        graph.writer().writeAll(old.entities(), old.relations(), new ChangeStamp("run-1",
                Instant.parse("2026-03-01T10:00:00Z")));
        graph.writer().markOrphans(List.of(EntityRef.parse("component:default/old-billing")),
                new ChangeStamp("run-2", Instant.parse("2026-03-02T10:00:00Z")));
    }

    private static void write(CatalogGraph graph, String owner, ChangeStamp stamp) {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/payments").type("service").spec("owner", owner)
                .source(new Provenance("payments", "https://github.com/acme/payments", "payments/catalog-info.yaml",
                        "hash", "file:/repos/payments/catalog-info.yaml", new DocumentLines(1, 1, 20), COMMIT, PAGE,
                        null))
                .relate(OWNED_BY, owner, "payments/catalog-info.yaml:9:spec.owner")
                .relate(DEPENDS_ON, "resource:default/payments-db", "payments/catalog-info.yaml:14:spec.dependsOn[0]")
                .relate(DEPENDS_ON, "component:default/traffic-feed", "payments/catalog-info.yaml:15:spec.dependsOn[1]");
        catalog.add("resource:default/payments-db").type("database")
                .source(new Provenance("infra", null, "infra/catalog-info.yaml", "hash2",
                        "file:/repos/infra/catalog-info.yaml", new DocumentLines(2, 22, 35), null, null, null))
                .relateFrom("component:default/payments", DEPENDS_ON, "infra/catalog-info.yaml:31:spec.dependencyOf[0]");
        catalog.add(owner).type("team");
        graph.writer().writeAll(catalog.entities(), catalog.relations(), stamp);
    }

    @Test
    void anEntityAndEachDeclarationOfItsRelationsNameFileLineAndLink() {
        graphQl.documentName("provenance").variable("ref", "payments").execute().path("entity")
                .matchesJsonStrictly("""
                        {
                          "source": {"repository": "payments", "path": "payments/catalog-info.yaml", "line": 1,
                                     "endLine": 20, "document": 1, "commit": "%1$s", "url": "%2$s#L1"},
                          "relations": [
                            {"type": "dependsOn", "target": {"ref": "component:default/traffic-feed"},
                             "source": {"path": "payments/catalog-info.yaml", "line": 15, "field": "spec.dependsOn[1]",
                                        "declaredBy": "component:default/payments", "url": "%2$s#L15"},
                             "sources": [{"path": "payments/catalog-info.yaml", "line": 15}]},
                            {"type": "dependsOn", "target": {"ref": "resource:default/payments-db"},
                             "source": {"path": "payments/catalog-info.yaml", "line": 14, "field": "spec.dependsOn[0]",
                                        "declaredBy": "component:default/payments", "url": "%2$s#L14"},
                             "sources": [{"path": "payments/catalog-info.yaml", "line": 14},
                                         {"path": "infra/catalog-info.yaml", "line": 31}]},
                            {"type": "ownedBy", "target": {"ref": "group:default/team-b"},
                             "source": {"path": "payments/catalog-info.yaml", "line": 9, "field": "spec.owner",
                                        "declaredBy": "component:default/payments", "url": "%2$s#L9"},
                             "sources": [{"path": "payments/catalog-info.yaml", "line": 9}]}
                          ]
                        }
                        """.formatted(COMMIT, PAGE));
    }

    @Test
    void aPlaceholderAndAnOrphanExplainThemselves() {
        graphQl.documentName("explanation").variable("ref", "traffic-feed").execute().path("entity.explanation")
                .matchesJsonStrictly("""
                        {"summary": ["No file defines it; it exists because payments/catalog-info.yaml:15 \
                        (component:default/payments spec.dependsOn[1]) points at it."],
                         "referencedBy": [{"entity": "component:default/payments", "relation": "dependsOn",
                                           "source": {"path": "payments/catalog-info.yaml", "line": 15}}],
                         "orphaned": null}
                        """);
        graphQl.documentName("explanation").variable("ref", "old-billing").execute().path("entity.explanation.orphaned")
                .matchesJsonStrictly("""
                        {"since": "2026-03-02T10:00:00Z", "run": "run-2", "file": "billing/catalog-info.yaml"}
                        """);
        graphQl.documentName("explanation").variable("ref", "payments-db").execute().path("entity.explanation")
                .valueIsNull();
    }

    @Test
    void theHistoryShowsTheChangedOwnerWithBothValuesAndTheRun() {
        graphQl.documentName("changes").variable("since", "2026-03-02").variable("entity", "payments").execute()
                .path("changes").matchesJsonStrictly("""
                        [{"run": "run-2", "at": "2026-03-02T10:00:00Z", "entity": "component:default/payments",
                          "change": "modified",
                          "fields": [{"field": "spec.owner", "before": "group:default/team-a",
                                      "after": "group:default/team-b"}],
                          "declared": [{"from": "component:default/payments", "relation": "ownedBy",
                                        "to": "group:default/team-b", "source": {"line": 9}}],
                          "undeclared": [{"from": "component:default/payments", "relation": "ownedBy",
                                          "to": "group:default/team-a", "source": {"line": 9}}],
                          "owner": "group:default/team-b", "ownerBefore": "group:default/team-a"}]
                        """);
        graphQl.documentName("ownerOn").variable("entity", "payments").variable("at", "2026-03-01T12:00:00Z").execute()
                .path("ownerOn").matchesJsonStrictly("""
                        {"owner": "group:default/team-a", "existed": true, "known": true, "basis": {"run": "run-1"}}
                        """);
        graphQl.documentName("relationHistory").variable("from", "payments").variable("to", "team-b").execute()
                .path("relationHistory").matchesJsonStrictly("""
                        {"relation": "ownedBy", "exists": true, "since": {"run": "run-2"}}
                        """);
    }

    @Test
    void aTimeThatIsNoTimeIsABadRequestNamingTheForms() {
        graphQl.documentName("ownerOn").variable("entity", "payments").variable("at", "yesterday-ish").execute()
                .errors().expect(error -> error.getMessage().equals("Argument at must be an ISO-8601 instant "
                        + "(2026-03-01T10:00:00Z), a date (2026-03-01) or an age (7d, 24h, 30m, P7D), was yesterday-ish"))
                .verify();
    }
}
