package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bounded views of an entity's neighbourhood: its direct relations grouped by relation and by
 * the other end's kind, each group counted in full but listed only up to a limit. This is what
 * a team, system, API or user page shows, and it stays small for a group of 6,000 members.
 */
public final class RelationGroupQueries {

    /** Keeps only relationships that really join {@code n} and {@code m}: see {@code EntityQueries.RELATIONS}. */
    private static final String GROUPS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})-[r]-(m:Entity)
            WITH ref, n, m, r, type(r) AS type, startNode(r) AS start, endNode(r) AS end
            WHERE type IS NOT NULL AND ((start = n AND end = m) OR (start = m AND end = n))
              AND (size($types) = 0 OR type IN $types)
            WITH ref, type, start = n AS outgoing, m, r
            ORDER BY m.ref
            WITH ref, type, outgoing, m.kind AS kind, collect(m) AS others, collect(r) AS relationships
            RETURN ref, type, outgoing, kind, size(others) AS total,
                   [m IN others[0..$limit] | %s] AS entities,
                   [r IN relationships[0..$limit] | %s] AS declarations
            ORDER BY ref, type, outgoing DESC, kind
            """.formatted(summaryOf("m"), Declaration.projectionOf("r"));

    private final CatalogDatabase database;

    public RelationGroupQueries(CatalogDatabase database) {
        this.database = database;
    }

    /** The relation groups of one entity; see {@link #groupsOf}. */
    public List<RelationGroup> groups(String ref, Set<RelationType> types, int limitPerGroup) {
        return groupsOf(List.of(ref), types, limitPerGroup).getOrDefault(ref, List.of());
    }

    /**
     * The relation groups of many entities in one round trip, keyed by canonical ref; entities
     * without relations are absent.
     *
     * @param types         the relationship types to follow (both directions); empty for all
     * @param limitPerGroup how many entities each group lists, by ref
     */
    public Map<String, List<RelationGroup>> groupsOf(Collection<String> refs, Set<RelationType> types,
                                                     int limitPerGroup) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        List<String> typeNames = types.stream().map(RelationType::neo4jType).sorted().toList();
        Map<String, Object> params = Map.of("refs", List.copyOf(refs), "types", typeNames,
                "limit", Math.max(0, limitPerGroup));
        return database.read(tx -> {
            Map<String, List<RelationGroup>> result = new LinkedHashMap<>();
            tx.run(GROUPS, params).forEachRemaining(row -> {
                RelationType type = RelationType.valueOf(row.get("type").asString());
                boolean outgoing = row.get("outgoing").asBoolean();
                List<EntitySummary> entities = row.get("entities").asList(EntityMapping::summary);
                List<List<Declaration>> declared = row.get("declarations").asList(Declaration::of);
                Map<String, List<Declaration>> declarations = new LinkedHashMap<>();
                for (int i = 0; i < entities.size(); i++) {
                    declarations.put(entities.get(i).ref(), declared.get(i));
                }
                result.computeIfAbsent(row.get("ref").asString(), key -> new ArrayList<>())
                        .add(new RelationGroup(type.nameFrom(outgoing), type, outgoing,
                                row.get("kind").isNull() ? null : row.get("kind").asString(), row.get("total").asLong(),
                                entities, declarations));
            });
            return result;
        });
    }
}
