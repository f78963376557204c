package com.cataloggraph.graphql.loader;

import com.cataloggraph.model.query.DependencyHit;
import java.util.List;

/** What a {@link WalkKey} reached, nearest first. */
public record DependencyWalk(List<DependencyHit> hits) {

    public static final DependencyWalk NONE = new DependencyWalk(List.of());
}
