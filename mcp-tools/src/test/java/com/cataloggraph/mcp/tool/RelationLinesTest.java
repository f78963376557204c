package com.cataloggraph.mcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.tool.RelationLines.Cut;
import com.cataloggraph.mcp.tool.RelationLines.Related;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a hub's relation groups share the places of one answer. */
class RelationLinesTest {

    @Test
    void listsEveryRelationWhenTheyFit() {
        List<RelationGroup> groups = List.of(group("dependsOn", "Component", 3, 3), group("ownedBy", "Group", 1, 1));

        assertThat(RelationLines.flatten(groups, 50, null)).extracting(Related::ref)
                .containsExactly("component:default/c-01", "component:default/c-02", "component:default/c-03",
                        "group:default/g-01");
        assertThat(RelationLines.cuts(groups, 50)).isEmpty();
    }

    @Test
    void sharesTheAnswerEvenlySoNoGroupCrowdsOutTheOthers() {
        List<RelationGroup> groups = List.of(group("hasMember", "User", 240, 20), group("ownerOf", "Component", 300, 20),
                group("ownerOf", "Resource", 20, 20), group("parentOf", "Group", 3, 3));

        List<Related> related = RelationLines.flatten(groups, 50, null);

        assertThat(related).hasSize(50);
        assertThat(related).filteredOn(r -> r.ref().startsWith("user:")).hasSize(16);
        assertThat(related).filteredOn(r -> r.ref().startsWith("component:")).hasSize(16);
        assertThat(related).filteredOn(r -> r.ref().startsWith("resource:")).hasSize(15);
        assertThat(related).filteredOn(r -> r.ref().startsWith("group:")).hasSize(3);
        assertThat(RelationLines.cuts(groups, 50)).containsExactly(new Cut("hasMember", "User", 240, 16),
                new Cut("ownerOf", "Component", 300, 16), new Cut("ownerOf", "Resource", 20, 15));
    }

    @Test
    void readsAtMostTwentyOfAGroupAndNeverMoreThanAnAnswerHolds() {
        assertThat(RelationLines.perGroup(50)).isEqualTo(20);
        assertThat(RelationLines.perGroup(5)).isEqualTo(5);
        assertThat(RelationLines.flatten(List.of(group("ownerOf", "Component", 300, 5),
                group("ownerOf", "API", 2, 2)), 5, null)).extracting(Related::ref)
                .containsExactly("component:default/c-01", "component:default/c-02", "component:default/c-03",
                        "api:default/a-01", "api:default/a-02");
    }

    private static RelationGroup group(String relation, String kind, long total, int read) {
        String prefix = kind.toLowerCase(java.util.Locale.ROOT) + ":default/" + kind.substring(0, 1)
                .toLowerCase(java.util.Locale.ROOT) + "-";
        List<EntitySummary> entities = IntStream.rangeClosed(1, read).mapToObj(i -> summary(prefix + "%02d"
                .formatted(i), kind)).toList();
        return new RelationGroup(relation, RelationType.OWNED_BY, false, kind, total, entities, Map.of());
    }

    private static EntitySummary summary(String ref, String kind) {
        return new EntitySummary(ref, kind, "default", ref.substring(ref.indexOf('/') + 1), null, null, null, null,
                null, null, false, false, null);
    }
}
