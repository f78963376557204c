package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The many-refs-at-once reads DataLoaders use, on the sample graph. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchQueriesOnSampleGraphTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database(), 100);
    private final RelatedEntityQueries related = new RelatedEntityQueries(neo4j.database());
    private final StoredEntityQueries stored = new StoredEntityQueries(neo4j.database());
    private final DependsOnQueries dependsOn = new DependsOnQueries(neo4j.database());

    @BeforeAll
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
    }

    @Test
    void findsTheOwnersOfManyEntitiesInOneTransaction() {
        long before = neo4j.database().transactionCount();

        Map<String, List<EntitySummary>> owners = related.related(List.of("component:default/payments-service",
                "component:default/checkout-web", "component:default/mobile-app", "component:default/nope"),
                RelationType.OWNED_BY, true);

        assertThat(neo4j.database().transactionCount() - before).isEqualTo(1);
        assertThat(refsOf(owners)).containsOnly(
                Map.entry("component:default/payments-service", List.of("group:default/payments-team")),
                Map.entry("component:default/checkout-web", List.of("user:default/bob")),
                Map.entry("component:default/mobile-app", List.of()),
                Map.entry("component:default/nope", List.of()));
    }

    @Test
    void followsARelationBackwardsOrderedByRef() {
        Map<String, List<EntitySummary>> parts = related.related(List.of("system:default/payments"),
                RelationType.PART_OF, false);

        assertThat(refsOf(parts)).containsOnly(Map.entry("system:default/payments", List.of(
                "api:default/payments-api", "component:default/payments-service", "resource:default/payments-db")));
    }

    @Test
    void asksNothingForNoRefs() {
        long before = neo4j.database().transactionCount();

        assertThat(related.related(List.of(), RelationType.OWNED_BY, true)).isEmpty();
        assertThat(stored.findAll(List.of())).isEmpty();
        assertThat(neo4j.database().transactionCount()).isEqualTo(before);
    }

    @Test
    void readsWholeEntitiesForManyRefs() {
        Map<String, StoredEntity> entities = stored.findAll(List.of("component:default/payments-service",
                "resource:default/ghost-cache", "component:default/nope"));

        assertThat(entities).containsOnlyKeys("component:default/payments-service", "resource:default/ghost-cache");
        StoredEntity service = entities.get("component:default/payments-service");
        assertThat(service.tags()).containsExactly("java", "pci");
        assertThat(service.sourceFile()).isEqualTo("payments-service/catalog-info.yaml");
        assertThat(entities.get("resource:default/ghost-cache").summary().missing()).isTrue();
    }

    @Test
    void walksDependsOnTransitivelyFromManyStartsNearestFirst() {
        Map<String, List<DependencyHit>> walks = dependsOn.walk(List.of("component:default/payments-service",
                "component:default/mobile-app", "component:default/checkout-web"), Direction.DEPENDENCIES, 3);

        assertThat(walks.get("component:default/payments-service"))
                .extracting(h -> h.depth() + " " + h.entity().ref() + " via " + h.via())
                .containsExactly("1 component:default/ledger via component:default/payments-service",
                        "1 resource:default/payments-db via component:default/payments-service",
                        "2 resource:default/ledger-db via component:default/ledger");
        assertThat(walks.get("component:default/mobile-app"))
                .extracting(h -> h.depth() + " " + h.entity().ref())
                .containsExactly("1 component:default/checkout-web", "1 resource:default/ghost-cache");
        // checkout-web only consumes an API: that is not a dependsOn relation
        assertThat(walks.get("component:default/checkout-web")).isEmpty();
    }

    @Test
    void stopsAtTheRequestedDepth() {
        Map<String, List<DependencyHit>> walks = dependsOn.walk(List.of("component:default/payments-service"),
                Direction.DEPENDENCIES, 1);

        assertThat(walks.get("component:default/payments-service")).extracting(h -> h.entity().ref())
                .containsExactly("component:default/ledger", "resource:default/payments-db");
    }

    @Test
    void walksDependentsBackwards() {
        Map<String, List<DependencyHit>> walks = dependsOn.walk(List.of("resource:default/ledger-db"),
                Direction.DEPENDENTS, 5);

        assertThat(walks.get("resource:default/ledger-db"))
                .extracting(h -> h.depth() + " " + h.entity().ref() + " " + h.relation())
                .containsExactly("1 component:default/ledger dependencyOf",
                        "2 component:default/payments-service dependencyOf");
    }

    @Test
    void refusesADepthOutsideOneToFive() {
        assertThatThrownBy(() -> dependsOn.walk(List.of("component:default/ledger"), Direction.DEPENDENCIES, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("depth must be between 1 and 5, was 6");
    }

    @Test
    void findsARepositoryByAnyOfItsUrlSpellings() {
        RepositoryQueries repositories = new RepositoryQueries(neo4j.database());
        for (String url : List.of("https://git.example.com/acme/payments-service",
                "https://git.example.com/acme/payments-service.git", "git@git.example.com:acme/payments-service.git",
                "ssh://git@git.example.com/acme/payments-service.git")) {
            List<RepositoryMatch> matches = repositories.find(RepositoryLocator.parse(url));

            assertThat(matches).as(url).hasSize(1);
            assertThat(matches.getFirst().entities()).extracting(EntitySummary::ref)
                    .containsExactly("api:default/payments-api", "component:default/payments-service");
        }
    }

    private static Map<String, List<String>> refsOf(Map<String, List<EntitySummary>> result) {
        return result.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(EntitySummary::ref).toList()));
    }
}
