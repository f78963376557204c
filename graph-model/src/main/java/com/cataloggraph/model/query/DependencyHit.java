package com.cataloggraph.model.query;

/**
 * An entity reached by a dependency walk.
 *
 * @param entity   what was reached
 * @param depth    1 for a direct dependency (or dependent), more for transitive ones
 * @param via      the ref of the entity one step closer to the start
 * @param relation how {@code via} and {@code entity} are related, as Backstage names it from {@code via}
 *                 (e.g. {@code dependsOn}, {@code consumesApi}, {@code dependencyOf}, {@code apiConsumedBy})
 * @param api      when the step went through an API (consumer to provider), that API's ref; else null
 */
public record DependencyHit(EntitySummary entity, int depth, String via, String relation, String api) {

    public boolean direct() {
        return depth == 1;
    }
}
