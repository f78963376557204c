package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities at the other end of one relation type, for many entities in one round trip: what
 * a DataLoader needs to resolve a relation field (every owner on a page, every member of every
 * group) without one query per entity.
 */
public final class RelatedEntityQueries {

    /** One query per stored relationship type and direction; the type is an enum name, never input. */
    private static final Map<RelationType, String> OUTGOING = queries("-[:%s]->");
    private static final Map<RelationType, String> INCOMING = queries("<-[:%s]-");

    private final CatalogDatabase database;

    public RelatedEntityQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * For each ref, the entities it reaches over {@code type}: forward ({@code outgoing}, e.g.
     * a component's owner over {@code OWNED_BY}) or backward (e.g. what a group owns), ordered
     * by ref. Refs with no such relation, or unknown refs, map to an empty list.
     */
    public Map<String, List<EntitySummary>> related(Collection<String> refs, RelationType type, boolean outgoing) {
        Map<String, List<EntitySummary>> result = new HashMap<>();
        refs.forEach(ref -> result.put(ref, new ArrayList<>()));
        if (refs.isEmpty()) {
            return result;
        }
        String cypher = (outgoing ? OUTGOING : INCOMING).get(type);
        database.read(tx -> {
            tx.run(cypher, Map.of("refs", List.copyOf(refs))).forEachRemaining(row -> result
                    .get(row.get("ref").asString()).add(EntityMapping.summary(row.get("entity"))));
            return null;
        });
        return result;
    }

    private static Map<RelationType, String> queries(String pattern) {
        Map<RelationType, String> queries = new EnumMap<>(RelationType.class);
        for (RelationType type : RelationType.values()) {
            queries.put(type, """
                    UNWIND $refs AS ref
                    MATCH (:Entity {ref: ref})%s(m:Entity)
                    RETURN ref, %s AS entity
                    ORDER BY ref, entity.ref
                    """.formatted(pattern.formatted(type.neo4jType()), summaryOf("m")));
        }
        return queries;
    }
}
