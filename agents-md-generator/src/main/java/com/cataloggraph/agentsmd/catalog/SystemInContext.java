package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.model.query.EntitySummary;

/** A system the repository's entities are part of, and the domain it belongs to (or null). */
public record SystemInContext(EntitySummary system, EntitySummary domain) {
}
