package com.cataloggraph.model.query;

import java.util.List;

/**
 * An entity reached by a dependency walk.
 *
 * @param entity   what was reached
 * @param depth    1 for a direct dependency (or dependent), more for transitive ones
 * @param via      the ref of the entity one step closer to the start
 * @param relation how {@code via} and {@code entity} are related, as Backstage names it from {@code via}
 *                 (e.g. {@code dependsOn}, {@code consumesApi}, {@code dependencyOf}, {@code apiConsumedBy})
 * @param api      when the step went through an API (consumer to provider), that API's ref; else null
 * @param declarations who declared the step's relationship (from {@code via}: the dependsOn or consumesApi one)
 *                 and where
 */
public record DependencyHit(EntitySummary entity, int depth, String via, String relation, String api,
                            List<Declaration> declarations) {

    /** A hit whose declarations were not read. */
    public DependencyHit(EntitySummary entity, int depth, String via, String relation, String api) {
        this(entity, depth, via, relation, api, List.of());
    }

    public boolean direct() {
        return depth == 1;
    }
}
