package com.cataloggraph.model.query;

import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.Map;

/**
 * The entities one entity is related to by one relation, of one kind: e.g. a group's
 * {@code hasMember} users, or its {@code ownerOf} components.
 *
 * @param relation Backstage's name read from the entity, e.g. {@code ownerOf}
 * @param type     the stored relationship type
 * @param outgoing true when the entity is the stored relationship's source
 * @param kind     the kind of the related entities, as stored (e.g. {@code Component})
 * @param total    how many entities are related this way, all counted
 * @param entities the first of them by ref, at most the limit asked for
 * @param declarations for each of {@code entities}, by ref, who declared the relation with it and where
 */
public record RelationGroup(String relation, RelationType type, boolean outgoing, String kind, long total,
                            List<EntitySummary> entities, Map<String, List<Declaration>> declarations) {

    /** The declarations of the relation with one of {@link #entities()}, in stored order. */
    public List<Declaration> declarationsOf(String ref) {
        return declarations.getOrDefault(ref, List.of());
    }

    public boolean truncated() {
        return total > entities.size();
    }
}
