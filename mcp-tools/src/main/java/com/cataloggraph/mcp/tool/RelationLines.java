package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity's relation groups flattened into a bounded list of {@code relation → ref} pairs
 * and rendered one line per relation, each relation cited where it is declared:
 * {@code dependsOn: component:default/ledger @:30, resource:default/db @db/catalog-info.yaml:9}.
 */
public final class RelationLines {

    /**
     * One relation of the entity an answer is about.
     *
     * @param at where it is declared, {@code file:line}; {@code :line} when in the file cited before it for the
     *           same relation (the entity's own descriptor for the first)
     */
    public record Related(String relation, String ref, Boolean missing, String at) {
    }

    private RelationLines() {
    }

    /** At most {@code max} relations, in the groups' order; {@link #total} says how many there are. */
    public static List<Related> flatten(List<RelationGroup> groups, int max, String subjectFile) {
        List<Related> related = new ArrayList<>();
        Citations.Line citations = new Citations.Line(subjectFile);
        String relation = null;
        for (RelationGroup group : groups) {
            if (!group.relation().equals(relation)) {
                relation = group.relation();
                citations = new Citations.Line(subjectFile);
            }
            for (EntitySummary entity : group.entities()) {
                if (related.size() == max) {
                    return related;
                }
                related.add(new Related(group.relation(), entity.ref(), entity.missing() ? Boolean.TRUE : null,
                        citations.compact(Citations.of(group.declarationsOf(entity.ref()), subjectFile))));
            }
        }
        return related;
    }

    public static long total(List<RelationGroup> groups) {
        return groups.stream().mapToLong(RelationGroup::total).sum();
    }

    /** One line per relation; a first {@code :line} citation is a line of {@code subjectFile}. */
    public static String render(List<Related> related, String subjectFile) {
        Map<String, List<Related>> byRelation = new LinkedHashMap<>();
        for (Related r : related) {
            byRelation.computeIfAbsent(r.relation(), key -> new ArrayList<>()).add(r);
        }
        List<String> lines = new ArrayList<>();
        byRelation.forEach((relation, all) -> {
            Citations.Line citations = new Citations.Line(subjectFile);
            lines.add(relation + ": " + String.join(", ", all.stream().map(r -> r.ref()
                    + (Boolean.TRUE.equals(r.missing()) ? " MISSING" : "") + citations.cite(r.at())).toList()));
        });
        return String.join("\n", lines);
    }
}
