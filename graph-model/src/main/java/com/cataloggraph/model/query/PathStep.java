package com.cataloggraph.model.query;

import java.util.List;

/**
 * One hop of a path between two entities.
 *
 * @param relation the relation as Backstage names it reading from {@code from} to {@code to}
 *                 (e.g. {@code ownedBy}, or {@code ownerOf} when the stored edge points back)
 * @param declarations who declared the hop's relationship, and where
 */
public record PathStep(EntitySummary from, String relation, EntitySummary to, List<Declaration> declarations) {
}
