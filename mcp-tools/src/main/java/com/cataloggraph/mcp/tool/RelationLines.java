package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.RelationGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity's relation groups flattened into a bounded list of {@code relation → ref} pairs
 * and rendered one line per relation: {@code dependsOn: component:default/ledger, resource:default/db}.
 */
public final class RelationLines {

    /** One relation of the entity an answer is about. */
    public record Related(String relation, String ref, Boolean missing) {
    }

    private RelationLines() {
    }

    /** At most {@code max} relations, in the groups' order; {@link #total} says how many there are. */
    public static List<Related> flatten(List<RelationGroup> groups, int max) {
        List<Related> related = new ArrayList<>();
        for (RelationGroup group : groups) {
            for (var entity : group.entities()) {
                if (related.size() == max) {
                    return related;
                }
                related.add(new Related(group.relation(), entity.ref(), entity.missing() ? Boolean.TRUE : null));
            }
        }
        return related;
    }

    public static long total(List<RelationGroup> groups) {
        return groups.stream().mapToLong(RelationGroup::total).sum();
    }

    public static String render(List<Related> related) {
        Map<String, List<String>> byRelation = new LinkedHashMap<>();
        for (Related r : related) {
            byRelation.computeIfAbsent(r.relation(), key -> new ArrayList<>())
                    .add(r.ref() + (Boolean.TRUE.equals(r.missing()) ? " MISSING" : ""));
        }
        List<String> lines = new ArrayList<>();
        byRelation.forEach((relation, refs) -> lines.add(relation + ": " + String.join(", ", refs)));
        return String.join("\n", lines);
    }
}
