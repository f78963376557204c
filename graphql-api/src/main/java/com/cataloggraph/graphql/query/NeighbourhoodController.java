package com.cataloggraph.graphql.query;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.GraphQlLimits;
import com.cataloggraph.graphql.error.EntityNotFoundException;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.model.query.Direction;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Neighbourhood;
import com.cataloggraph.model.query.TraversalQueries;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code neighbourhood}: an entity's surroundings for a graph view, walked and bounded on the server
 * ({@code depth} up to 5, at most {@code catalog.graphql.max-graph-nodes} entities).
 */
@Controller
public class NeighbourhoodController {

    /** The schema's default for {@code maxNodes}. */
    static final int DEFAULT_NODES = 300;
    /** What is walked when the request names no relation types: the relations things break along. */
    static final Set<RelationType> DEPENDENCY_TYPES = EnumSet.of(RelationType.DEPENDS_ON, RelationType.CONSUMES_API,
            RelationType.PROVIDES_API);

    private final CatalogReads reads;
    private final RefResolver refs;
    private final GraphQlLimits limits;

    public NeighbourhoodController(CatalogReads reads, RefResolver refs, GraphQlLimits limits) {
        this.reads = reads;
        this.refs = refs;
        this.limits = limits;
    }

    @QueryMapping
    public Neighbourhood neighbourhood(@Argument String ref, @Argument Integer depth, @Argument GraphDirection direction,
                                      @Argument List<RelationType> relations, @Argument Integer maxNodes) {
        int levels = depth == null ? 1 : depth;
        if (levels < 1 || levels > TraversalQueries.MAX_DEPTH) {
            throw new InvalidArgumentException("depth", levels, "must be between 1 and " + TraversalQueries.MAX_DEPTH);
        }
        int budget = maxNodes == null ? Math.min(DEFAULT_NODES, limits.maxGraphNodes()) : maxNodes;
        if (budget < 1 || budget > limits.maxGraphNodes()) {
            throw new InvalidArgumentException("maxNodes", budget, "must be between 1 and " + limits.maxGraphNodes()
                    + " (catalog.graphql.max-graph-nodes)");
        }
        if (relations != null && relations.isEmpty()) {
            throw new InvalidArgumentException("relations", relations, "must name at least one relation type");
        }
        EntitySummary start = refs.require("ref", ref);
        Set<RelationType> types = relations == null ? DEPENDENCY_TYPES : EnumSet.copyOf(relations);
        return reads.neighbourhoods().around(start.ref(), (direction == null ? GraphDirection.BOTH : direction)
                .directions(), levels, types, budget).orElseThrow(() -> new EntityNotFoundException("ref", ref, List.of()));
    }

    @SchemaMapping(typeName = "Neighbourhood")
    public EntitySummary root(Neighbourhood neighbourhood) {
        return neighbourhood.nodes().getFirst().entity();
    }

    @SchemaMapping(typeName = "GraphEdge")
    public String relation(Neighbourhood.Edge edge) {
        return edge.type().forwardName();
    }

    /** Which way the walk goes. */
    public enum GraphDirection {
        DEPENDENCIES(EnumSet.of(Direction.DEPENDENCIES)),
        DEPENDENTS(EnumSet.of(Direction.DEPENDENTS)),
        BOTH(EnumSet.allOf(Direction.class));

        private final Set<Direction> directions;

        GraphDirection(Set<Direction> directions) {
            this.directions = directions;
        }

        Set<Direction> directions() {
            return directions;
        }
    }
}
