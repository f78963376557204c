package com.cataloggraph.graphql.loader;

import com.cataloggraph.model.query.Direction;

/** A transitive dependsOn walk from one entity: what it depends on, or what depends on it. */
public record WalkKey(String ref, Direction direction, int depth) {
}
