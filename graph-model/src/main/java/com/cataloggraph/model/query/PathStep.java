package com.cataloggraph.model.query;

/**
 * One hop of a path between two entities.
 *
 * @param relation the relation as Backstage names it reading from {@code from} to {@code to}
 *                 (e.g. {@code ownedBy}, or {@code ownerOf} when the stored edge points back)
 */
public record PathStep(EntitySummary from, String relation, EntitySummary to) {
}
