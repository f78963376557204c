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
 *
 * <p>A hub (a team owning hundreds of entities) is read and shown bounded: each group (one relation, one kind at
 * the other end) is read up to {@link #PER_GROUP} entities and counted in full, and when the groups hold more than
 * an answer lists, they share its places evenly, so every relation of the hub shows and no group crowds out the
 * others.
 */
public final class RelationLines {

    /** The most entities one group (relation and kind) lists, and so the most read of it. */
    public static final int PER_GROUP = 20;

    /**
     * A group an answer shows only part of.
     *
     * @param total how many entities are related this way
     * @param shown how many of them the answer lists (the first by ref)
     */
    public record Cut(String relation, String kind, long total, int shown) {

        /** {@code ownerOf Component 20 of 240}. */
        public String render() {
            return relation + (kind == null ? "" : " " + kind) + " " + shown + " of " + total;
        }
    }

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

    /** How many entities each group reads: {@link #PER_GROUP}, or fewer when a whole answer holds fewer. */
    public static int perGroup(int max) {
        return Math.min(PER_GROUP, max);
    }

    /**
     * At most {@code max} relations, in the groups' order, shared evenly between the groups ({@link #shares});
     * {@link #total} says how many there are, {@link #cuts} which groups are not shown whole.
     */
    public static List<Related> flatten(List<RelationGroup> groups, int max, String subjectFile) {
        int[] shares = shares(groups, max);
        List<Related> related = new ArrayList<>();
        Citations.Line citations = new Citations.Line(subjectFile);
        String relation = null;
        for (int g = 0; g < groups.size(); g++) {
            RelationGroup group = groups.get(g);
            if (!group.relation().equals(relation)) {
                relation = group.relation();
                citations = new Citations.Line(subjectFile);
            }
            for (EntitySummary entity : group.entities().subList(0, shares[g])) {
                related.add(new Related(group.relation(), entity.ref(), entity.missing() ? Boolean.TRUE : null,
                        citations.compact(Citations.of(group.declarationsOf(entity.ref()), subjectFile))));
            }
        }
        return related;
    }

    /** The groups {@link #flatten} does not show whole, with how many it shows of each. */
    public static List<Cut> cuts(List<RelationGroup> groups, int max) {
        int[] shares = shares(groups, max);
        List<Cut> cuts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            RelationGroup group = groups.get(g);
            if (group.total() > shares[g]) {
                cuts.add(new Cut(group.relation(), group.kind(), group.total(), shares[g]));
            }
        }
        return cuts;
    }

    /**
     * How many of each group's read entities {@code max} places hold: all of them when they fit; else the same
     * number from each (or all of a smaller group), the places left over going one each to the first groups that
     * have more.
     */
    static int[] shares(List<RelationGroup> groups, int max) {
        int[] read = groups.stream().mapToInt(group -> group.entities().size()).toArray();
        int level = 0;
        while (level < max && filled(read, level + 1) <= max && filled(read, level + 1) > filled(read, level)) {
            level++;
        }
        int left = max - filled(read, level);
        int[] shares = new int[read.length];
        for (int g = 0; g < read.length; g++) {
            shares[g] = Math.min(read[g], level);
            if (left > 0 && read[g] > shares[g]) {
                shares[g]++;
                left--;
            }
        }
        return shares;
    }

    private static int filled(int[] read, int level) {
        int sum = 0;
        for (int size : read) {
            sum += Math.min(size, level);
        }
        return sum;
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
