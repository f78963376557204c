package com.cataloggraph.model.query;

import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;

/**
 * The entities around one entity and the relations among them, for drawing.
 *
 * @param nodes     the start first (distance 0), then by distance and ref
 * @param edges     every relation of the walked types between two of the nodes, stored direction
 * @param truncated true when the walk stopped at its node budget: more entities lie within the depth
 */
public record Neighbourhood(List<Node> nodes, List<Edge> edges, boolean truncated) {

    /** An entity and how many steps from the start it was first reached. */
    public record Node(EntitySummary entity, int distance) {
    }

    /** A stored relation, {@code from} and {@code to} as canonical refs. */
    public record Edge(String from, RelationType type, String to) {
    }
}
