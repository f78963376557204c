package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An entity's neighbourhood for a graph view: a breadth-first walk over chosen relation types, in the
 * direction of dependency, of dependents, or both, bounded by a depth and a node budget, then the
 * relations among what was reached. One read transaction, one statement per level plus one for the edges.
 *
 * <p>"Depends on" reads each relation the way {@link TraversalQueries#walk} does: a component depends on
 * what it {@code dependsOn} and on the APIs it consumes, and an API on the components providing it. For
 * the other types the whole depends on its parts (a system on its components) and an entity on its owner,
 * a user on its groups and a group on its parent. Dependents are the same edges read backwards: the blast
 * radius.
 */
public final class NeighbourhoodQueries {

    /** Relation types whose stored direction points from the dependency to the dependent. */
    private static final Set<RelationType> STORED_TOWARDS_DEPENDENT = EnumSet.of(RelationType.PROVIDES_API,
            RelationType.PART_OF);

    private static final String START = "MATCH (n:Entity {ref: $ref}) RETURN %s AS entity".formatted(summaryOf("n"));

    /**
     * Relationships deleted while the read runs can be met with no type and ends that are not the two
     * nodes any more (reads are read-committed), so only relationships that really join them are kept.
     */
    private static final String STEP = """
            UNWIND $frontier AS via
            MATCH (n:Entity {ref: via})-[r]-(m:Entity)
            WITH n, m, type(r) AS type, startNode(r) = n AS outgoing, endNode(r) = n AS incoming
            WHERE ((outgoing AND type IN $forward) OR (incoming AND type IN $backward)) AND NOT m.ref IN $seen
            RETURN DISTINCT %s AS entity
            ORDER BY entity.ref
            LIMIT $rows
            """.formatted(summaryOf("m"));

    private static final String EDGES = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})-[r]->(m:Entity)
            WITH n, m, type(r) AS type, startNode(r) AS start
            WHERE start = n AND type IN $types AND m.ref IN $refs
            RETURN n.ref AS from, type, m.ref AS to
            ORDER BY from, type, to
            """;

    private final CatalogDatabase database;

    public NeighbourhoodQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * @param ref        the start's canonical ref
     * @param directions {@link Direction#DEPENDENCIES}, {@link Direction#DEPENDENTS}, or both
     * @param depth      1 to {@link TraversalQueries#MAX_DEPTH}
     * @param types      the relation types walked and drawn
     * @param maxNodes   the most nodes returned, the start included
     * @return empty when no entity has that ref
     * @throws IllegalArgumentException for a depth, budget, direction or type set out of range
     */
    public Optional<Neighbourhood> around(String ref, Set<Direction> directions, int depth,
                                          Set<RelationType> types, int maxNodes) {
        if (depth < 1 || depth > TraversalQueries.MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + TraversalQueries.MAX_DEPTH
                    + ", was " + depth);
        }
        if (maxNodes < 1) {
            throw new IllegalArgumentException("maxNodes must be at least 1, was " + maxNodes);
        }
        if (directions.isEmpty() || types.isEmpty()) {
            throw new IllegalArgumentException("a walk needs a direction and at least one relation type");
        }
        Map<String, Object> walk = Map.of("forward", walked(types, directions, true),
                "backward", walked(types, directions, false));
        return database.read(tx -> {
            var start = tx.run(START, Map.of("ref", ref)).list(row -> EntityMapping.summary(row.get("entity")));
            if (start.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Neighbourhood.Node> nodes = new LinkedHashMap<>();
            nodes.put(ref, new Neighbourhood.Node(start.getFirst(), 0));
            List<String> frontier = List.of(ref);
            boolean truncated = false;
            for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
                Map<String, Object> params = new LinkedHashMap<>(walk);
                params.put("frontier", frontier);
                params.put("seen", List.copyOf(nodes.keySet()));
                params.put("rows", maxNodes - nodes.size() + 1);
                List<String> next = new ArrayList<>();
                for (var row : tx.run(STEP, params).list()) {
                    EntitySummary entity = EntityMapping.summary(row.get("entity"));
                    if (nodes.size() == maxNodes) {
                        truncated = true;
                        break;
                    }
                    nodes.put(entity.ref(), new Neighbourhood.Node(entity, level));
                    next.add(entity.ref());
                }
                frontier = next;
            }
            List<Neighbourhood.Edge> edges = tx.run(EDGES, Map.of("refs", List.copyOf(nodes.keySet()),
                    "types", names(types))).list(row -> new Neighbourhood.Edge(row.get("from").asString(),
                    RelationType.valueOf(row.get("type").asString()), row.get("to").asString()));
            return Optional.of(new Neighbourhood(List.copyOf(nodes.values()), edges, truncated));
        });
    }

    /**
     * The types walked along their stored direction ({@code outgoing}) or against it: towards dependencies
     * a type is walked along its stored direction unless it is stored towards the dependent, and the other
     * way round for dependents.
     */
    private static List<String> walked(Set<RelationType> types, Set<Direction> directions, boolean outgoing) {
        List<String> result = new ArrayList<>();
        for (RelationType type : types) {
            boolean alongIsDependency = !STORED_TOWARDS_DEPENDENT.contains(type);
            boolean dependencies = directions.contains(Direction.DEPENDENCIES) && alongIsDependency == outgoing;
            boolean dependents = directions.contains(Direction.DEPENDENTS) && alongIsDependency != outgoing;
            if (dependencies || dependents) {
                result.add(type.neo4jType());
            }
        }
        return result;
    }

    private static List<String> names(Collection<RelationType> types) {
        return types.stream().map(RelationType::neo4jType).toList();
    }
}
