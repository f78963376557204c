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

/** Every run reports dangling refs; that must cost what the placeholders cost, not what the catalog costs. */
class DanglingRefsPlanTest {

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
            leaves(session.run("EXPLAIN " + IngestStateStore.DANGLING, Map.of("limit", 10)).consume().plan(), leaves);
        }
        assertThat(leaves).singleElement().satisfies(leaf -> {
            assertThat(leaf.operatorType()).startsWith("NodeIndexSeek");
            assertThat(leaf.arguments().get("Details").asString()).contains("m:Entity(missing) WHERE missing = true");
        });
    }

    private static void leaves(Plan plan, List<Plan> leaves) {
        if (plan.children().isEmpty()) {
            leaves.add(plan);
        }
        plan.children().forEach(child -> leaves(child, leaves));
    }
}
