package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.StoredEntity;

/** Where an entity's descriptor was read from. */
public record Source(String repository, String repositoryUrl, String file, String location) {

    /** Null for an entity no descriptor defines. */
    static Source of(StoredEntity entity) {
        if (entity == null || entity.summary().missing()) {
            return null;
        }
        return new Source(entity.repository(), entity.repositoryUrl(), entity.sourceFile(), entity.sourceLocation());
    }
}
