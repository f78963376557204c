package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import java.util.List;

/**
 * Picks parts out of an entity's relation groups by Backstage relation name. Views cite where each
 * relation is declared, preferring the entity's own descriptor ({@code subjectFile}); each list's
 * citations are compacted as {@link Citations.Line} does, from the subject's file.
 */
public record RelationGroups(List<RelationGroup> groups, String subjectFile) {

    public RelationGroups(List<RelationGroup> groups) {
        this(groups, null);
    }

    /** The groups of one relation (one per kind of the other end). */
    public List<RelationGroup> named(String relation) {
        return groups.stream().filter(g -> g.relation().equals(relation)).toList();
    }

    /** All entities related this way, across kinds (each group already bounded). */
    public List<EntitySummary> entities(String relation) {
        return named(relation).stream().flatMap(g -> g.entities().stream()).toList();
    }

    /** All entities related this way, each citing the relation's declaration. */
    public List<EntityView> views(String relation) {
        return cite(named(relation), Integer.MAX_VALUE);
    }

    /** The entities related this way, as a slice counting all of them. */
    public EntitySlice slice(String relation, int max) {
        List<RelationGroup> named = named(relation);
        long total = named.stream().mapToLong(RelationGroup::total).sum();
        return new EntitySlice(total, cite(named, max));
    }

    /** The entities related this way, per kind. */
    public List<KindCounts> byKind(String relation) {
        return named(relation).stream().map(g -> new KindCounts(g.kind(), g.total(), cite(List.of(g),
                Integer.MAX_VALUE))).toList();
    }

    private List<EntityView> cite(List<RelationGroup> named, int max) {
        Citations.Line citations = new Citations.Line(subjectFile);
        return named.stream().flatMap(group -> group.entities().stream().map(e -> EntityView.listed(e,
                        citations.compact(Citations.of(group.declarationsOf(e.ref()), subjectFile)))))
                .limit(max).toList();
    }
}
