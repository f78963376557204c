package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.model.query.EntitySummary;
import java.util.List;

/**
 * An API the repository provides or consumes.
 *
 * @param definitionPath where its definition lives, relative to this repository when it is defined here; else null
 * @param counterparts   for a provided API its consumers, for a consumed API its providers; sorted by ref
 */
public record ApiInContext(EntitySummary api, String definitionPath, List<EntitySummary> counterparts) {

    public ApiInContext {
        counterparts = List.copyOf(counterparts);
    }
}
