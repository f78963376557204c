package com.cataloggraph.graphql.loader;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static com.cataloggraph.model.vocabulary.RelationType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

/**
 * No N+1: a page of components with owner, system and dependencies costs the same number of
 * database round trips whatever its size.
 */
class DataLoaderRoundTripsTest extends GraphQlApiTest {

    private static final int COMPONENTS = 60;

    private static final String PAGE = """
            query page($first: Int!) {
              entities(filter: {kind: "component"}, first: $first) {
                nodes {
                  ref
                  ... on Component {
                    owner { ... on Group { ref } }
                    system { ref }
                    dependsOn { ... on Entity { ref } }
                  }
                }
              }
            }
            """;

    private static final String RICHER_PAGE = """
            query page($first: Int!) {
              entities(filter: {kind: "component"}, first: $first) {
                nodes {
                  ref
                  tags
                  annotations { key value }
                  ... on Component {
                    owner { ... on Group { ref members { ref } } }
                    system { ref domain { ref } components { ref } }
                    dependsOn(depth: 3) { ... on Entity { ref } }
                    dependents { ... on Entity { ref } }
                    providesApis { ref }
                  }
                }
              }
            }
            """;

    @Autowired
    CatalogReads reads;

    /**
     * Components c00..c59 in four teams and three systems; each depends on its own database and
     * on the next component.
     */
    @BeforeAll
    static void writeCatalog() {
        TestNeo4j neo4j = TestNeo4j.get().clean();
        TestCatalog catalog = new TestCatalog();
        for (int team = 0; team < 4; team++) {
            catalog.add("group:default/team-" + team).type("team");
        }
        for (int system = 0; system < 3; system++) {
            catalog.add("system:default/system-" + system).relate(OWNED_BY, "group:default/team-0");
        }
        for (int i = 0; i < COMPONENTS; i++) {
            catalog.add("resource:default/db-%02d".formatted(i)).type("database");
            var component = catalog.add("component:default/c%02d".formatted(i)).type("service").lifecycle("production")
                    .tags("java").annotation("example.com/index", String.valueOf(i))
                    .relate(OWNED_BY, "group:default/team-" + i % 4)
                    .relate(PART_OF, "system:default/system-" + i % 3)
                    .relate(DEPENDS_ON, "resource:default/db-%02d".formatted(i));
            if (i + 1 < COMPONENTS) {
                component.relate(DEPENDS_ON, "component:default/c%02d".formatted(i + 1));
            }
        }
        catalog.writeTo(CatalogGraph.over(neo4j.database()).writer());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50})
    void aPageWithOwnerSystemAndDependenciesCostsFourRoundTrips(int pageSize) {
        long before = reads.database().transactionCount();

        List<Map<String, Object>> nodes = graphQl.document(PAGE).variable("first", pageSize).execute()
                .path("entities.nodes").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();

        // the page, then one read each for owners, systems and dependencies
        assertThat(reads.database().transactionCount() - before).isEqualTo(4);
        assertThat(nodes).hasSize(pageSize);
        assertThat(nodes.get(7)).isEqualTo(Map.of(
                "ref", "component:default/c07",
                "owner", Map.of("ref", "group:default/team-3"),
                "system", Map.of("ref", "system:default/system-1"),
                "dependsOn", List.of(Map.of("ref", "component:default/c08"), Map.of("ref", "resource:default/db-07"))));
    }

    @Test
    void roundTripsDoNotGrowWithThePageForRicherQueriesEither() {
        long small = roundTrips(RICHER_PAGE, 10);
        long large = roundTrips(RICHER_PAGE, 40);

        // one read each: the page; details (tags and annotations share it); owners; members; systems;
        // the systems' domains; the systems' components; the depth-3 walk; dependents; provided APIs
        // (size 40 for the large page: 50 would exceed the default max-complexity)
        assertThat(small).isEqualTo(large).isEqualTo(10);
    }

    private long roundTrips(String query, int pageSize) {
        long before = reads.database().transactionCount();
        graphQl.document(query).variable("first", pageSize).execute().path("entities.nodes").hasValue();
        return reads.database().transactionCount() - before;
    }
}
