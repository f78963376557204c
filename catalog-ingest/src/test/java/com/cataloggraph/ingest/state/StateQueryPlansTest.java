package com.cataloggraph.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * The state queries every run makes must cost what their input costs, not what the catalog costs: the
 * planner's own choices were measured to grow with catalog size times batch size.
 */
class StateQueryPlansTest {

    private final TestNeo4j neo4j = TestNeo4j.get();

    @Test
    void danglingRefsAreFoundFromThePlaceholdersNotFromEveryDefinedEntity() {
        neo4j.clean();
        TestCatalog catalog = new TestCatalog();
        for (int i = 0; i < 200; i++) {
            catalog.add("component:default/service-" + i).type("service")
                    .relate(RelationType.OWNED_BY, "group:default/team-a")
                    .relate(RelationType.DEPENDS_ON, "component:default/service-" + (i + 1) % 200);
        }
        catalog.add("group:default/team-a").type("team");
        catalog.add("component:default/web").type("website")
                .relate(RelationType.OWNED_BY, "group:default/team-a")
                .relate(RelationType.DEPENDS_ON, "resource:default/ghost-cache");
        catalog.writeTo(CatalogGraph.over(neo4j.database()).writer());

        assertThat(new IngestStateStore(neo4j.database()).dangling(10)).containsExactly(
                new DanglingRef("resource:default/ghost-cache", List.of("component:default/web"), 1));
        List<Plan> leaves = new ArrayList<>();
        try (Session session = neo4j.driver().session()) {
            // Plan on this catalog's statistics, not on samples left by the tests before (the JVM shares one database).
            session.run("CALL db.prepareForReplanning()").consume();
            leaves(session.run("EXPLAIN " + IngestStateStore.DANGLING, Map.of("limit", 10)).consume().plan(), leaves);
        }
        assertThat(leaves).singleElement().satisfies(leaf -> {
            assertThat(leaf.operatorType()).startsWith("NodeIndexSeek");
            assertThat(leaf.arguments().get("Details").asString()).contains("m:Entity(missing) WHERE missing = true");
        });
    }

    @Test
    void ownersAndKindsSeekEachRefInsteadOfScanningTheDefinedEntities() {
        neo4j.clean();
        TestCatalog catalog = new TestCatalog();
        for (int i = 0; i < 200; i++) {
            catalog.add("component:default/service-" + i).type("service");
        }
        catalog.writeTo(CatalogGraph.over(neo4j.database()).writer());

        for (String query : List.of(IngestStateStore.OWNERS, IngestStateStore.KINDS)) {
            List<Plan> leaves = new ArrayList<>();
            try (Session session = neo4j.driver().session()) {
                leaves(session.run("EXPLAIN " + query, Map.of("refs", List.of("component:default/service-1")))
                        .consume().plan(), leaves);
            }
            assertThat(leaves).as(query).filteredOn(leaf -> !leaf.operatorType().startsWith("Unwind"))
                    .singleElement().satisfies(leaf -> {
                        assertThat(leaf.operatorType()).startsWith("NodeUniqueIndexSeek");
                        assertThat(leaf.arguments().get("Details").asString()).contains("n:Entity(ref) WHERE ref = ref");
                    });
        }
        assertThat(new IngestStateStore(neo4j.database()).kinds(List.of("component:default/service-1",
                "component:default/service-2", "group:default/nobody"))).containsExactly(Map.entry("Component", 2L));
    }

    private static void leaves(Plan plan, List<Plan> leaves) {
        if (plan.children().isEmpty()) {
            leaves.add(plan);
        }
        plan.children().forEach(child -> leaves(child, leaves));
    }
}
