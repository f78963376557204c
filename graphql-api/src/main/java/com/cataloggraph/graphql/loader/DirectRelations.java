package com.cataloggraph.graphql.loader;

import com.cataloggraph.model.query.EntityRelation;
import java.util.List;

/** All direct relations of one entity, both directions. */
public record DirectRelations(List<EntityRelation> relations) {

    public static final DirectRelations NONE = new DirectRelations(List.of());
}
