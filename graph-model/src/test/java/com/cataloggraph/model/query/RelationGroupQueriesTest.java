package com.cataloggraph.model.query;

import static com.cataloggraph.model.vocabulary.RelationType.MEMBER_OF;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationGroupQueriesTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());
    private final RelationGroupQueries queries = new RelationGroupQueries(neo4j.database());

    @BeforeEach
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
    }

    @Test
    void groupsATeamsRelationsByRelationAndKind() {
        List<String> groups = queries.groups("group:default/payments-team", Set.of(), 10).stream()
                .map(g -> g.relation() + " " + g.kind() + " " + g.total() + " "
                        + g.entities().stream().map(EntitySummary::ref).toList())
                .toList();

        assertThat(groups).containsExactly(
                "childOf Group 1 [group:default/platform]",
                "hasMember User 2 [user:default/alice, user:default/bob]",
                "ownerOf API 1 [api:default/payments-api]",
                "ownerOf Component 2 [component:default/ledger, component:default/payments-service]",
                "ownerOf Resource 2 [resource:default/ledger-db, resource:default/payments-db]",
                "ownerOf System 1 [system:default/payments]");
    }

    @Test
    void countsEveryRelatedEntityButListsOnlyUpToTheLimit() {
        TestCatalog crowd = new TestCatalog();
        for (int i = 0; i < 7; i++) {
            crowd.add("user:default/member-" + i).relate(MEMBER_OF, "group:default/platform");
        }
        crowd.writeTo(graph.writer());

        RelationGroup members = queries.groups("group:default/platform", Set.of(MEMBER_OF), 3).getFirst();

        assertThat(members.relation()).isEqualTo("hasMember");
        assertThat(members.total()).isEqualTo(7);
        assertThat(members.truncated()).isTrue();
        assertThat(members.entities()).extracting(EntitySummary::ref)
                .containsExactly("user:default/member-0", "user:default/member-1", "user:default/member-2");
    }

    @Test
    void readsTheGroupsOfManyEntitiesInOneRoundTripFollowingOnlyTheTypesAsked() {
        long before = neo4j.database().transactionCount();

        Map<String, List<RelationGroup>> owned = queries.groupsOf(
                List.of("group:default/payments-team", "user:default/bob", "user:default/alice"), Set.of(OWNED_BY), 5);

        assertThat(neo4j.database().transactionCount() - before).isEqualTo(1);
        assertThat(owned.get("user:default/bob")).extracting(g -> g.relation() + " " + g.kind() + " " + g.total())
                .containsExactly("ownerOf Component 1");
        assertThat(owned.get("group:default/payments-team")).extracting(RelationGroup::kind)
                .containsExactly("API", "Component", "Resource", "System");
        assertThat(owned).doesNotContainKey("user:default/alice");
    }

    @Test
    void marksMissingEntitiesInAGroup() {
        RelationGroup dependencies = queries.groups("component:default/mobile-app", Set.of(), 10).stream()
                .filter(g -> g.kind().equals("Resource")).findFirst().orElseThrow();

        assertThat(dependencies.relation()).isEqualTo("dependsOn");
        assertThat(dependencies.entities().getFirst().missing()).isTrue();
    }
}
