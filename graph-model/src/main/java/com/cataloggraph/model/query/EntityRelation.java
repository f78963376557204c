package com.cataloggraph.model.query;

import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;

/**
 * A relation seen from one entity.
 *
 * @param relation Backstage's name from this side, e.g. {@code ownedBy} or its inverse {@code ownerOf}
 * @param type     the stored relationship type
 * @param outgoing true when this entity is the stored relationship's source
 * @param other    the entity at the other end
 * @param declarations who declared the stored relationship, and where (one per declaring entity)
 */
public record EntityRelation(String relation, RelationType type, boolean outgoing, EntitySummary other,
                             List<Declaration> declarations) {
}
