package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.vocabulary.RelationReading;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.cataloggraph.model.store.CatalogDatabase;
import org.neo4j.driver.Value;

/**
 * Dependency walks and paths. A walk is breadth-first, one query per level, so each hit knows
 * its depth and the entity it was reached through, and each entity is reported once, at its
 * shortest distance.
 *
 * <p>Dependencies follow {@code dependsOn}, consumed APIs, and from a consumed API on to the
 * components providing it. Dependents follow the same edges backwards: who depends on it, who
 * consumes it (an API), and who consumes the APIs it provides (a component).
 */
public final class TraversalQueries {

    public static final int MAX_DEPTH = 5;

    private static final String DEPENDENCY_STEP = """
            UNWIND $frontier AS via
            MATCH (n:Entity {ref: via})
            CALL (n) {
              MATCH (n)-[:DEPENDS_ON]->(m:Entity) RETURN m, 'dependsOn' AS relation, null AS api
              UNION
              MATCH (n)-[:CONSUMES_API]->(m:Entity) RETURN m, 'consumesApi' AS relation, null AS api
              UNION
              MATCH (n)-[:CONSUMES_API]->(a:API)<-[:PROVIDES_API]-(m:Entity)
              RETURN m, 'consumesApi' AS relation, a.ref AS api
            }
            RETURN via, relation, api, %s AS entity
            ORDER BY via, entity.ref
            """.formatted(summaryOf("m"));

    private static final String DEPENDENT_STEP = """
            UNWIND $frontier AS via
            MATCH (n:Entity {ref: via})
            CALL (n) {
              MATCH (n)<-[:DEPENDS_ON]-(m:Entity) RETURN m, 'dependencyOf' AS relation, null AS api
              UNION
              MATCH (n)<-[:CONSUMES_API]-(m:Entity) RETURN m, 'apiConsumedBy' AS relation, null AS api
              UNION
              MATCH (n)-[:PROVIDES_API]->(a:API)<-[:CONSUMES_API]-(m:Entity)
              RETURN m, 'apiConsumedBy' AS relation, a.ref AS api
            }
            RETURN via, relation, api, %s AS entity
            ORDER BY via, entity.ref
            """.formatted(summaryOf("m"));

    private static final String SHORTEST_PATH = """
            MATCH (a:Entity {ref: $from}), (b:Entity {ref: $to})
            MATCH p = shortestPath((a)-[*..12]-(b))
            RETURN [x IN nodes(p) | %s] AS nodes,
                   [r IN relationships(p) | {type: type(r), source: startNode(r).ref}] AS edges
            """.formatted(summaryOf("x"));

    /**
     * A path whose hops may only be some relation readings: each hop goes from x to y along a relationship
     * whose type is in $forward and that starts at x, or whose type is in $backward and ends at x.
     */
    private static final String SHORTEST_PATH_ALONG = """
            MATCH (a:Entity {ref: $from}), (b:Entity {ref: $to})
            MATCH p = SHORTEST 1 (a)((x:Entity)-[r]-(y:Entity)
                  WHERE (type(r) IN $forward AND startNode(r) = x) OR (type(r) IN $backward AND endNode(r) = x)
                ){1,12}(b)
            RETURN [x IN nodes(p) | %s] AS nodes,
                   [r IN relationships(p) | {type: type(r), source: startNode(r).ref}] AS edges
            """.formatted(summaryOf("x"));

    private final CatalogDatabase database;

    public TraversalQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * Walks from {@code ref} up to {@code depth} levels (capped at {@link #MAX_DEPTH}) and returns
     * what it reached, nearest first; {@code kinds} and {@code types} (lowercase, empty = all)
     * filter what is returned, not what is walked through.
     */
    public List<DependencyHit> walk(String ref, Direction direction, int depth, Set<String> kinds,
                                    Set<String> types) {
        int levels = Math.max(1, Math.min(depth, MAX_DEPTH));
        String step = direction == Direction.DEPENDENCIES ? DEPENDENCY_STEP : DEPENDENT_STEP;
        return database.read(tx -> {
            Set<String> seen = new HashSet<>(List.of(ref));
            List<String> frontier = List.of(ref);
            List<DependencyHit> hits = new ArrayList<>();
            for (int level = 1; level <= levels && !frontier.isEmpty(); level++) {
                List<String> next = new ArrayList<>();
                for (var row : tx.run(step, Map.of("frontier", frontier)).list()) {
                    EntitySummary entity = EntityMapping.summary(row.get("entity"));
                    if (!seen.add(entity.ref())) {
                        continue;
                    }
                    next.add(entity.ref());
                    Value api = row.get("api");
                    hits.add(new DependencyHit(entity, level, row.get("via").asString(),
                            row.get("relation").asString(), api.isNull() ? null : api.asString()));
                }
                frontier = next;
            }
            return hits.stream().filter(hit -> matches(hit.entity(), kinds, types)).toList();
        });
    }

    /** The shortest chain of relations, in any direction, between two entities (at most 12 hops). */
    public Optional<List<PathStep>> shortestPath(String from, String to) {
        return shortestPath(from, to, List.of());
    }

    /**
     * The shortest chain of relations between two entities (at most 12 hops) whose every hop, read from
     * {@code from} towards {@code to}, is one of {@code along}: {@code dependsOn} and {@code consumesApi}
     * and {@code apiProvidedBy} give a dependency chain. No readings: any relation, either way.
     */
    public Optional<List<PathStep>> shortestPath(String from, String to, Collection<RelationReading> along) {
        if (from.equals(to)) {
            return Optional.of(List.of());
        }
        String query = along.isEmpty() ? SHORTEST_PATH : SHORTEST_PATH_ALONG;
        Map<String, Object> params = Map.of("from", from, "to", to,
                "forward", along.stream().filter(RelationReading::forward).map(r -> r.type().neo4jType()).toList(),
                "backward", along.stream().filter(r -> !r.forward()).map(r -> r.type().neo4jType()).toList());
        return database.read(tx -> {
            var rows = tx.run(query, params).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<EntitySummary> nodes = rows.getFirst().get("nodes").asList(EntityMapping::summary);
            List<Value> edges = rows.getFirst().get("edges").asList(v -> v);
            List<PathStep> steps = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                RelationType type = RelationType.valueOf(edges.get(i).get("type").asString());
                boolean forward = edges.get(i).get("source").asString().equals(nodes.get(i).ref());
                steps.add(new PathStep(nodes.get(i), type.nameFrom(forward), nodes.get(i + 1)));
            }
            return Optional.of(steps);
        });
    }

    private static boolean matches(EntitySummary entity, Set<String> kinds, Set<String> types) {
        String kind = entity.kind() == null ? "" : entity.kind().toLowerCase(Locale.ROOT);
        String type = entity.type() == null ? "" : entity.type().toLowerCase(Locale.ROOT);
        return (kinds.isEmpty() || kinds.contains(kind)) && (types.isEmpty() || types.contains(type));
    }
}
