package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import java.util.List;

/** Picks parts out of an entity's relation groups by Backstage relation name. */
public record RelationGroups(List<RelationGroup> groups) {

    /** The groups of one relation (one per kind of the other end). */
    public List<RelationGroup> named(String relation) {
        return groups.stream().filter(g -> g.relation().equals(relation)).toList();
    }

    /** All entities related this way, across kinds (each group already bounded). */
    public List<EntitySummary> entities(String relation) {
        return named(relation).stream().flatMap(g -> g.entities().stream()).toList();
    }

    /** The entities related this way, as a slice counting all of them. */
    public EntitySlice slice(String relation, int max) {
        List<RelationGroup> named = named(relation);
        long total = named.stream().mapToLong(RelationGroup::total).sum();
        return EntitySlice.of(named.stream().flatMap(g -> g.entities().stream()).limit(max).toList(), total);
    }

    /** The entities related this way, per kind. */
    public List<KindCounts> byKind(String relation) {
        return KindCounts.of(named(relation));
    }
}
