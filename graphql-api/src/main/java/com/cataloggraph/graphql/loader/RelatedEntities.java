package com.cataloggraph.graphql.loader;

import com.cataloggraph.model.query.EntitySummary;
import java.util.List;

/** The entities a {@link RelationKey} reaches, ordered by ref. */
public record RelatedEntities(List<EntitySummary> entities) {

    public static final RelatedEntities NONE = new RelatedEntities(List.of());
}
