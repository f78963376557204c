package com.cataloggraph.model.store;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each relationship keeps, beside each entity that declared it, the file, line and field it did so at. */
class DeclarationSitesTest {

    private static final String WEB_TO_DB = """
            MATCH (:Entity {ref: 'component:default/web'})-[r:DEPENDS_ON]->(:Entity {ref: 'resource:default/db'})
            RETURN r.declaredBy AS by, r.declaredAt AS at, count(r) AS edges
            """;

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogWriter writer = new CatalogWriter(neo4j.database(), 10);

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void aPairDeclaredFromBothEndsInOneBatchKeepsEachDeclarerBesideItsSite() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web").relate(DEPENDS_ON, "resource:default/db",
                "web/catalog-info.yaml:14:spec.dependsOn[2]");
        catalog.add("resource:default/db").relateFrom("component:default/web", DEPENDS_ON,
                "db/catalog-info.yaml:9:spec.dependencyOf[0]");
        catalog.writeTo(writer);

        assertThat(single(WEB_TO_DB)).containsEntry("edges", 1L)
                .containsEntry("by", List.of("component:default/web", "resource:default/db"))
                .containsEntry("at", List.of("web/catalog-info.yaml:14:spec.dependsOn[2]",
                        "db/catalog-info.yaml:9:spec.dependencyOf[0]"));
    }

    @Test
    void aDeclarationThatMovedToAnotherLineIsUpdatedInPlace() {
        TestCatalog first = new TestCatalog();
        first.add("resource:default/db").relateFrom("component:default/web", DEPENDS_ON,
                "db/catalog-info.yaml:9:spec.dependencyOf[0]");
        first.add("component:default/web").relate(DEPENDS_ON, "resource:default/db",
                "web/catalog-info.yaml:14:spec.dependsOn[2]");
        first.writeTo(writer);
        TestCatalog moved = new TestCatalog();
        moved.add("resource:default/db").relateFrom("component:default/web", DEPENDS_ON,
                "db/catalog-info.yaml:11:spec.dependencyOf[1]");
        moved.writeTo(writer);

        assertThat(single(WEB_TO_DB))
                .containsEntry("by", List.of("resource:default/db", "component:default/web"))
                .containsEntry("at", List.of("db/catalog-info.yaml:11:spec.dependencyOf[1]",
                        "web/catalog-info.yaml:14:spec.dependsOn[2]"));
    }

    @Test
    void aDeclarerThatStopsDeclaringTakesItsSiteAlong() {
        TestCatalog both = new TestCatalog();
        both.add("component:default/web").relate(DEPENDS_ON, "resource:default/db",
                "web/catalog-info.yaml:14:spec.dependsOn[2]");
        both.add("resource:default/db").relateFrom("component:default/web", DEPENDS_ON,
                "db/catalog-info.yaml:9:spec.dependencyOf[0]");
        both.writeTo(writer);
        TestCatalog webAlone = new TestCatalog();
        webAlone.add("component:default/web").relate(OWNED_BY, "group:default/team", "web/catalog-info.yaml:6:spec.owner");
        webAlone.writeTo(writer);

        assertThat(single(WEB_TO_DB)).containsEntry("by", List.of("resource:default/db"))
                .containsEntry("at", List.of("db/catalog-info.yaml:9:spec.dependencyOf[0]"));
    }

    @Test
    void aRelationWhoseSiteIsUnknownStoresAnEmptySite() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web").relate(DEPENDS_ON, "resource:default/db");
        catalog.writeTo(writer);

        assertThat(single(WEB_TO_DB)).containsEntry("by", List.of("component:default/web"))
                .containsEntry("at", List.of(""));
    }

    private Map<String, Object> single(String cypher) {
        return neo4j.database().read(tx -> tx.run(cypher).single().asMap());
    }
}
