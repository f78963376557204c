package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.Declaration;
import com.cataloggraph.model.query.EntitySummary;
import java.util.List;

/**
 * A direct relation seen from one entity.
 *
 * @param type         Backstage's name for it from this side, e.g. {@code ownedBy} or {@code hasMember}
 * @param declarations who declared it and where; resolved to {@code source}/{@code sources} by
 *                     {@link RelationController}
 */
public record Relation(String type, EntitySummary target, List<Declaration> declarations) {
}
