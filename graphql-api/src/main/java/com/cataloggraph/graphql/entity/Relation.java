package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.EntitySummary;

/**
 * A direct relation seen from one entity.
 *
 * @param type Backstage's name for it from this side, e.g. {@code ownedBy} or {@code hasMember}
 */
public record Relation(String type, EntitySummary target) {
}
