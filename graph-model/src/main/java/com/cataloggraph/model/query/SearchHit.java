package com.cataloggraph.model.query;

/** A full-text match and its relevance score. */
public record SearchHit(EntitySummary entity, double score) {
}
