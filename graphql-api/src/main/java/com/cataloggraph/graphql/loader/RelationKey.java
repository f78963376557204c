package com.cataloggraph.graphql.loader;

import com.cataloggraph.model.vocabulary.RelationType;

/**
 * One entity's relations of one type in one direction: {@code outgoing} reads the stored
 * relationship forward (a component's {@code ownedBy}), otherwise backward (a group's {@code ownerOf}).
 */
public record RelationKey(String ref, RelationType type, boolean outgoing) {
}
