package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transitive {@code dependsOn} (or {@code dependencyOf}) from many entities at once, following
 * Backstage's dependsOn relation only. {@link TraversalQueries#walk} answers the broader
 * question for one entity (consumed APIs and their providers too); this one serves relation
 * fields on a whole page of entities in one transaction, one statement per level.
 */
public final class DependsOnQueries {

    private static final String DEPENDENCY_STEP = """
            UNWIND $frontier AS step
            MATCH (:Entity {ref: step.ref})-[:DEPENDS_ON]->(m:Entity)
            RETURN step.start AS start, step.ref AS via, %s AS entity
            ORDER BY start, entity.ref, via
            """.formatted(summaryOf("m"));

    private static final String DEPENDENT_STEP = """
            UNWIND $frontier AS step
            MATCH (:Entity {ref: step.ref})<-[:DEPENDS_ON]-(m:Entity)
            RETURN step.start AS start, step.ref AS via, %s AS entity
            ORDER BY start, entity.ref, via
            """.formatted(summaryOf("m"));

    private final CatalogDatabase database;

    public DependsOnQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * For each start ref, what it reaches over dependsOn edges ({@link Direction#DEPENDENCIES})
     * or what reaches it ({@link Direction#DEPENDENTS}), up to {@code depth} levels (1 to
     * {@link TraversalQueries#MAX_DEPTH}). Each entity appears once per start, at its shortest
     * distance, nearest first and by ref within a level; the start itself never appears.
     *
     * @throws IllegalArgumentException when depth is outside 1..{@value TraversalQueries#MAX_DEPTH}
     */
    public Map<String, List<DependencyHit>> walk(Collection<String> refs, Direction direction, int depth) {
        if (depth < 1 || depth > TraversalQueries.MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + TraversalQueries.MAX_DEPTH
                    + ", was " + depth);
        }
        Map<String, List<DependencyHit>> hits = new HashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        List<Map<String, String>> frontier = new ArrayList<>();
        for (String ref : new LinkedHashSet<>(refs)) {
            hits.put(ref, new ArrayList<>());
            seen.put(ref, new HashSet<>(Set.of(ref)));
            frontier.add(Map.of("start", ref, "ref", ref));
        }
        if (frontier.isEmpty()) {
            return hits;
        }
        String step = direction == Direction.DEPENDENCIES ? DEPENDENCY_STEP : DEPENDENT_STEP;
        String relation = direction == Direction.DEPENDENCIES ? "dependsOn" : "dependencyOf";
        List<Map<String, String>> first = frontier;
        database.read(tx -> {
            List<Map<String, String>> current = first;
            for (int level = 1; level <= depth && !current.isEmpty(); level++) {
                List<Map<String, String>> next = new ArrayList<>();
                for (var row : tx.run(step, Map.of("frontier", current)).list()) {
                    String start = row.get("start").asString();
                    EntitySummary entity = EntityMapping.summary(row.get("entity"));
                    if (seen.get(start).add(entity.ref())) {
                        hits.get(start).add(new DependencyHit(entity, level, row.get("via").asString(), relation,
                                null));
                        next.add(Map.of("start", start, "ref", entity.ref()));
                    }
                }
                current = next;
            }
            return null;
        });
        return hits;
    }
}
