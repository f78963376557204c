package com.cataloggraph.model.store;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogWriterTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogWriter writer = new CatalogWriter(neo4j.database(), 2);

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void storesAnEntityWithItsKindLabelAndQueryableProperties() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("Component:Default/Payments").type("service").lifecycle("production").tags("java", "pci")
                .label("tier", "1").annotation("github.com/project-slug", "acme/payments")
                .source("payments", "https://git.example.com/acme/payments.git", "payments/catalog-info.yaml");
        catalog.writeTo(writer);

        Map<String, Object> row = single("""
                MATCH (n:Entity:Component {ref: 'component:default/payments'})
                RETURN n.kind AS kind, n.name AS name, n.namespace AS namespace, n.type AS type, n.tags AS tags,
                       n.labels AS labels, n.annotations AS annotations, n.repository AS repository,
                       n.missing AS missing, n.orphan AS orphan, n.tagText AS tagText
                """);
        assertThat(row).containsEntry("kind", "Component").containsEntry("name", "Payments")
                .containsEntry("namespace", "Default").containsEntry("type", "service")
                .containsEntry("tags", List.of("java", "pci")).containsEntry("labels", List.of("tier=1"))
                .containsEntry("annotations", List.of("github.com/project-slug=acme/payments"))
                .containsEntry("repository", "payments").containsEntry("missing", false)
                .containsEntry("orphan", false).containsEntry("tagText", "java pci");
    }

    @Test
    void anUnknownKindIsAnEntityWithoutAKindLabel() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("AiResource:default/summarizer").type("skill");
        catalog.writeTo(writer);

        assertThat(single("MATCH (n:Entity {ref: 'airesource:default/summarizer'}) "
                + "RETURN labels(n) AS labels, n.kind AS kind"))
                .containsEntry("labels", List.of("Entity")).containsEntry("kind", "AiResource");
    }

    @Test
    void aRelationToAnUndefinedRefCreatesAMissingPlaceholderThatTheRealEntityReplaces() {
        TestCatalog first = new TestCatalog();
        first.add("component:default/web").relate(OWNED_BY, "group:default/team-a");
        first.writeTo(writer);

        assertThat(single("MATCH (n:Entity {ref: 'group:default/team-a'}) "
                + "RETURN n.missing AS missing, n.kind AS kind, n.name AS name, labels(n) AS labels"))
                .containsEntry("missing", true).containsEntry("kind", "Group").containsEntry("name", "team-a")
                .containsEntry("labels", List.of("Entity"));

        TestCatalog second = new TestCatalog();
        second.add("group:default/team-a").type("team").title("Team A");
        second.writeTo(writer);

        assertThat(single("MATCH (:Component {ref: 'component:default/web'})-[:OWNED_BY]->(g:Group) "
                + "RETURN g.missing AS missing, g.title AS title, count(*) AS edges"))
                .containsEntry("missing", false).containsEntry("title", "Team A").containsEntry("edges", 1L);
    }

    @Test
    void rewritingAnEntityReplacesTheRelationsItDeclared() {
        TestCatalog before = new TestCatalog();
        before.add("component:default/web").relate(DEPENDS_ON, "resource:default/db-a")
                .relate(DEPENDS_ON, "resource:default/db-b");
        before.writeTo(writer);
        TestCatalog after = new TestCatalog();
        after.add("component:default/web").relate(DEPENDS_ON, "resource:default/db-b")
                .relate(DEPENDS_ON, "resource:default/db-c");
        after.writeTo(writer);

        assertThat(column("MATCH (:Entity {ref: 'component:default/web'})-[:DEPENDS_ON]->(t) "
                + "RETURN t.ref AS ref ORDER BY ref"))
                .containsExactly("resource:default/db-b", "resource:default/db-c");
    }

    @Test
    void aPairDeclaredFromBothEndsIsStoredOnceAndOutlivesOneDeclaration() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web").relate(DEPENDS_ON, "resource:default/db");
        catalog.add("resource:default/db").relateFrom("component:default/web", DEPENDS_ON);
        catalog.writeTo(writer);

        assertThat(single("MATCH (:Entity {ref: 'component:default/web'})-[r:DEPENDS_ON]->() "
                + "RETURN count(r) AS edges")).containsEntry("edges", 1L);

        TestCatalog webWithoutIt = new TestCatalog();
        webWithoutIt.add("component:default/web");
        webWithoutIt.writeTo(writer);

        assertThat(single("MATCH (:Entity {ref: 'component:default/web'})-[r:DEPENDS_ON]->() "
                + "RETURN count(r) AS edges, collect(r.declaredBy)[0] AS by"))
                .containsEntry("edges", 1L).containsEntry("by", List.of("resource:default/db"));
    }

    @Test
    void deletingAnEntityStillReferencedLeavesAMissingPlaceholder() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("group:default/team-a").type("team").title("Team A").relate(OWNED_BY, "group:default/nobody");
        catalog.add("component:default/web").relate(OWNED_BY, "group:default/team-a");
        catalog.add("component:default/lonely").type("library");
        catalog.writeTo(writer);

        writer.delete(List.of(EntityRef.parse("group:default/team-a"), EntityRef.parse("component:default/lonely")));

        assertThat(single("MATCH (n:Entity {ref: 'group:default/team-a'}) "
                + "RETURN n.missing AS missing, n.title AS title, labels(n) AS labels"))
                .containsEntry("missing", true).containsEntry("labels", List.of("Entity"))
                .containsEntry("title", null);
        assertThat(column("MATCH (n:Entity) RETURN n.ref AS ref ORDER BY ref"))
                .containsExactly("component:default/web", "group:default/team-a");
    }

    @Test
    void orphansAreFlaggedAndKeptUntilWrittenAgain() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web");
        catalog.writeTo(writer);

        writer.markOrphans(List.of(EntityRef.parse("component:default/web")));
        assertThat(single("MATCH (n:Component) RETURN n.orphan AS orphan")).containsEntry("orphan", true);

        catalog.writeTo(writer);
        assertThat(single("MATCH (n:Component) RETURN n.orphan AS orphan")).containsEntry("orphan", false);
    }

    @Test
    void writesInBatchesOfTheConfiguredSize() {
        TestCatalog catalog = new TestCatalog();
        for (int i = 0; i < 5; i++) {
            catalog.add("component:default/c" + i).relate(OWNED_BY, "group:default/team");
        }
        long before = neo4j.database().transactionCount();

        catalog.writeTo(writer);

        // Three write transactions, and one read: is the catalog empty (a first ingest skips the update's reads)?
        assertThat(neo4j.database().transactionCount() - before).isEqualTo(4);
        assertThat(single("MATCH (:Component)-[r:OWNED_BY]->(:Entity {ref: 'group:default/team'}) "
                + "RETURN count(r) AS edges")).containsEntry("edges", 5L);
    }

    @Test
    void schemaBootstrapCanRunAgain() {
        CatalogSchema.apply(neo4j.database());
        CatalogSchema.apply(neo4j.database());

        assertThat(column("SHOW INDEXES YIELD name WHERE name STARTS WITH 'entity' RETURN name ORDER BY name"))
                .contains("entity_ref", "entity_ref_text", "entity_search", "entity_repository");
    }

    private Map<String, Object> single(String cypher) {
        return neo4j.database().read(tx -> tx.run(cypher).single().asMap());
    }

    private List<String> column(String cypher) {
        return neo4j.database().read(tx -> tx.run(cypher).list(r -> r.get(0).asString()));
    }

    @Test
    void aRewriteFindsEachWrittenEntityByItsRefNotByScanningTheRealOnes() {
        TestCatalog catalog = new TestCatalog();
        for (int i = 0; i < 50; i++) {
            catalog.add("component:default/service-" + i).type("service").relate(OWNED_BY, "group:default/team-a");
        }
        catalog.writeTo(writer);

        // Filtered on missing = false, the planner may otherwise seek every real entity by the missing index
        // and compare refs: a cost that grows with the catalog times the batch.
        List<org.neo4j.driver.summary.Plan> leaves = new java.util.ArrayList<>();
        try (org.neo4j.driver.Session session = neo4j.driver().session()) {
            collectLeaves(session.run("EXPLAIN " + CatalogWriter.DROP_UNDECLARED_RELATIONS,
                    Map.of("rows", List.of())).consume().plan(), leaves);
        }
        assertThat(leaves).filteredOn(leaf -> !leaf.operatorType().startsWith("Unwind")).singleElement()
                .satisfies(leaf -> {
                    assertThat(leaf.operatorType()).startsWith("NodeUniqueIndexSeek");
                    assertThat(leaf.arguments().get("Details").asString()).contains("n:Entity(ref) WHERE ref = row.ref");
                });
    }

    @Test
    void aRelationDeclaredTwiceByOneEntityListsItsDeclarerOnce() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/payments").relate(DEPENDS_ON, "resource:default/ledger-db")
                .relate(DEPENDS_ON, "resource:default/ledger-db");
        catalog.add("resource:default/ledger-db").relateFrom("component:default/payments", DEPENDS_ON);
        catalog.writeTo(writer);

        assertThat(single("""
                MATCH (:Component {ref: 'component:default/payments'})-[r:DEPENDS_ON]->(:Resource)
                RETURN count(r) AS count, r.declaredBy AS by
                """)).containsEntry("count", 1L)
                .containsEntry("by", List.of("component:default/payments", "resource:default/ledger-db"));
    }

    private static void collectLeaves(org.neo4j.driver.summary.Plan plan, List<org.neo4j.driver.summary.Plan> leaves) {
        if (plan.children().isEmpty()) {
            leaves.add(plan);
        }
        plan.children().forEach(child -> collectLeaves(child, leaves));
    }
}
