package com.cataloggraph.graphql.query;

import com.cataloggraph.model.query.EntitySummary;

/** One entity of a page and the cursor that continues after it. */
public record EntityEdge(String cursor, EntitySummary node) {
}
