package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.RelationGroup;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Entities of one kind related to the entity an answer is about (what a team owns, what a
 * system contains): how many, and the first ones.
 */
public record KindCounts(String kind, long total, List<EntityView> items) {

    public static KindCounts of(RelationGroup group) {
        return new KindCounts(group.kind(), group.total(), EntityView.of(group.entities()));
    }

    public static List<KindCounts> of(List<RelationGroup> groups) {
        return groups.stream().map(KindCounts::of).toList();
    }

    /** {@code Component 2: component:default/a, component:default/b; API 1: ...} */
    public static String render(List<KindCounts> counts) {
        return render(counts, null);
    }

    /** As {@link #render(List)}, with citations; {@code :line} ones are lines of {@code subjectFile}. */
    public static String render(List<KindCounts> counts, String subjectFile) {
        if (counts.isEmpty()) {
            return "nothing";
        }
        return counts.stream().map(c -> c.kind() + " " + c.total() + ": "
                + TextRendering.refs(c.items(), c.total(), subjectFile)).collect(Collectors.joining("; "));
    }
}
