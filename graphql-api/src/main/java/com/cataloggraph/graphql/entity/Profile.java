package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.EntitySummary;

/**
 * A group's or user's spec.profile. It keeps the entity's ref so {@code picture}, which summaries
 * do not carry, can load with the entity's details.
 */
public record Profile(String ref, String displayName, String email) {

    static Profile of(EntitySummary entity) {
        return new Profile(entity.ref(), entity.displayName(), entity.email());
    }
}
