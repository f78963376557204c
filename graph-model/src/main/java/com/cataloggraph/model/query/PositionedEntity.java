package com.cataloggraph.model.query;

/**
 * An entity of a listing and the cursor that continues the listing right after it.
 */
public record PositionedEntity(EntitySummary entity, String cursor) {
}
