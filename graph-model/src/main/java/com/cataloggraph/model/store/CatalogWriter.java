package com.cataloggraph.model.store;

import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/**
 * The write path. Each {@link #write} call is one transaction: readers see a batch's entities
 * together with their relations, or not at all.
 *
 * <p>A relation remembers which entities declared it ({@code declaredBy}), so re-writing an
 * entity replaces exactly the relations its own descriptor produced, and the pair declared from
 * both ends ({@code dependsOn} here, {@code dependencyOf} there) is stored once.
 *
 * <p>Relations an entity declares again are left in place, never deleted and created anew: Neo4j
 * reads are read-committed, so a query walking an entity's relationships while they were being
 * re-created could miss them, or meet one deleted under it.
 */
public final class CatalogWriter {

    /**
     * Upserts per kind label. Labels and relationship types are written into the statement from the
     * {@link Kind} and {@link RelationType} enums (never from input): with a static label or type the
     * planner uses typed lookups and expands, several times faster than dynamic {@code $(...)} ones.
     */
    private static final Map<String, String> UPSERT_ENTITIES_BY_LABEL = Arrays.stream(Kind.values())
            .collect(Collectors.toMap(Kind::label, kind -> upsert(":" + kind.label())));

    /** Entities of kinds Backstage does not define carry only {@code :Entity}. */
    private static final String UPSERT_UNLABELLED_ENTITIES = upsert("");

    private static final String DROP_DECLARED_RELATIONS = """
            UNWIND $refs AS ref
            MATCH (:Entity {ref: ref})-[r]-()
            WHERE ref IN r.declaredBy
            WITH r, collect(DISTINCT ref) AS gone
            SET r.declaredBy = [by IN r.declaredBy WHERE NOT by IN gone]
            WITH r WHERE size(r.declaredBy) = 0
            DELETE r
            """;

    /**
     * As {@link #DROP_DECLARED_RELATIONS}, sparing each entity's relations it declares again ({@code row.keep}).
     * Runs before the upsert: an entity not stored yet, or stored only as a missing placeholder, has
     * declared nothing, so its relationships (others' declarations) are not walked at all. The seek hint:
     * otherwise the planner may seek the missing index, or scan the ref index, and compare refs per row, a
     * cost of catalog size times batch size.
     */
    static final String DROP_UNDECLARED_RELATIONS = """
            UNWIND $rows AS row
            MATCH (n:Entity {ref: row.ref})
            USING INDEX SEEK n:Entity(ref)
            WHERE n.missing = false
            MATCH (n)-[r]-()
            WHERE row.ref IN r.declaredBy
              AND NOT (startNode(r).ref + ' ' + type(r) + ' ' + endNode(r).ref) IN row.keep
            WITH r, collect(DISTINCT row.ref) AS gone
            SET r.declaredBy = [by IN r.declaredBy WHERE NOT by IN gone]
            WITH r WHERE size(r.declaredBy) = 0
            DELETE r
            """;

    private static final String MERGE_PLACEHOLDERS = """
            UNWIND $rows AS row
            MERGE (n:Entity {ref: row.ref})
            ON CREATE SET n.kind = row.kind, n.namespace = row.namespace, n.name = row.name, n.missing = true,
                          n.orphan = false
            """;

    private static final Map<RelationType, String> MERGE_RELATIONS_BY_TYPE = Arrays.stream(RelationType.values())
            .collect(Collectors.toMap(type -> type, type -> """
                    UNWIND $rows AS row
                    MATCH (s:Entity {ref: row.source})
                    MATCH (t:Entity {ref: row.target})
                    MERGE (s)-[r:%s]->(t)
                    WITH r, row WHERE NOT row.by IN coalesce(r.declaredBy, [])
                    SET r.declaredBy = coalesce(r.declaredBy, []) + row.by
                    """.formatted(type.neo4jType())));

    private static final String MARK_ORPHANS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            SET n.orphan = true
            """;

    private static final String DELETE_UNLINKED = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            WHERE NOT (n)--()
            DELETE n
            """;

    /** Still referenced by others: becomes a missing placeholder, as a dangling ref would. */
    private static final String DEMOTE_TO_PLACEHOLDERS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            SET n = {ref: n.ref, kind: n.kind, namespace: n.namespace, name: n.name, missing: true, orphan: false}
            REMOVE n:%s
            """.formatted(Arrays.stream(Kind.values()).map(Kind::label).collect(Collectors.joining(":")));

    private static final String PRUNE_UNLINKED_PLACEHOLDERS = """
            MATCH (n:Entity {missing: true})
            WHERE NOT (n)--()
            DELETE n
            """;

    private final CatalogDatabase database;
    private final int batchSize;

    public CatalogWriter(CatalogDatabase database, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.database = database;
        this.batchSize = batchSize;
    }

    public CatalogWriter(CatalogDatabase database) {
        this(database, 1000);
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Writes entities and the relations they declare in one transaction, replacing every
     * relation those entities declared before. Relations may name entities not written yet: their
     * ends become {@code missing} placeholders until the real entity arrives.
     *
     * @param entities  entities to create or update
     * @param relations relations declared by {@code entities} (by {@link Relation#declaredBy()})
     */
    public void write(List<CatalogEntity> entities, List<Relation> relations) {
        String now = Instant.now().toString();
        List<Map<String, Object>> rows = entities.stream().map(e -> EntityRows.entityRow(e, now)).toList();
        List<Map<String, Object>> declarers = EntityRows.declarerRows(entities, relations);
        List<Map<String, Object>> placeholders = EntityRows.endpointRows(relations, declarers.stream()
                .map(row -> (String) row.get("ref")).collect(Collectors.toSet()));
        Map<String, List<Map<String, Object>>> rowsByLabel = rows.stream().collect(Collectors.groupingBy(
                row -> ((List<?>) row.get("labels")).isEmpty() ? "" : (String) ((List<?>) row.get("labels")).getFirst(),
                LinkedHashMap::new, Collectors.toList()));
        // Distinct: one statement's rows all read a relationship's declaredBy before any row sets it, so a
        // relation its entity declares twice would otherwise list that entity twice.
        Map<RelationType, List<Map<String, Object>>> relationsByType = relations.stream().distinct().collect(
                Collectors.groupingBy(Relation::type, () -> new EnumMap<>(RelationType.class),
                        Collectors.mapping(EntityRows::relationRow, Collectors.toList())));
        database.write(tx -> {
            run(tx, DROP_UNDECLARED_RELATIONS, "rows", declarers);
            rowsByLabel.forEach((label, group) -> run(tx, label.isEmpty() ? UPSERT_UNLABELLED_ENTITIES
                    : UPSERT_ENTITIES_BY_LABEL.get(label), "rows", group));
            run(tx, MERGE_PLACEHOLDERS, "rows", placeholders);
            relationsByType.forEach((type, group) -> run(tx, MERGE_RELATIONS_BY_TYPE.get(type), "rows", group));
            return null;
        });
    }

    /**
     * Writes any number of entities in transactions of {@link #batchSize()} entities each, every
     * batch with the relations its entities declare.
     */
    public void writeAll(List<CatalogEntity> entities, List<Relation> relations) {
        Map<String, List<Relation>> byDeclarer = relations.stream()
                .collect(Collectors.groupingBy(r -> r.declaredBy().canonical()));
        for (int from = 0; from < entities.size(); from += batchSize) {
            List<CatalogEntity> batch = entities.subList(from, Math.min(entities.size(), from + batchSize));
            List<Relation> batchRelations = new ArrayList<>();
            for (CatalogEntity entity : batch) {
                batchRelations.addAll(byDeclarer.getOrDefault(entity.key(), List.of()));
            }
            write(batch, batchRelations);
        }
    }

    /** Flags entities whose source no longer emits them; they stay in the graph. */
    public void markOrphans(Collection<EntityRef> refs) {
        forBatches(canonical(refs), batch -> database.write(tx -> run(tx, MARK_ORPHANS, "refs", batch)));
    }

    /**
     * Removes entities and the relations they declared. One still referenced by another entity's
     * relation stays as a {@code missing} placeholder, exactly as if it had never been defined.
     */
    public void delete(Collection<EntityRef> refs) {
        forBatches(canonical(refs), batch -> database.write(tx -> {
            run(tx, DROP_DECLARED_RELATIONS, "refs", batch);
            run(tx, DELETE_UNLINKED, "refs", batch);
            run(tx, DEMOTE_TO_PLACEHOLDERS, "refs", batch);
            run(tx, PRUNE_UNLINKED_PLACEHOLDERS, null, null);
            return null;
        }));
    }

    /** Deletes placeholders that no relation points at any more. */
    public void pruneUnlinkedPlaceholders() {
        database.write(tx -> run(tx, PRUNE_UNLINKED_PLACEHOLDERS, null, null));
    }

    private static String upsert(String label) {
        return """
                UNWIND $rows AS row
                MERGE (n:Entity {ref: row.ref})
                SET n += row.props
                """ + (label.isEmpty() ? "" : "SET n" + label + "\n");
    }

    private void forBatches(List<String> refs, java.util.function.Consumer<List<String>> work) {
        for (int from = 0; from < refs.size(); from += batchSize) {
            work.accept(refs.subList(from, Math.min(refs.size(), from + batchSize)));
        }
    }

    private static List<String> canonical(Collection<EntityRef> refs) {
        Set<String> keys = new LinkedHashSet<>();
        refs.forEach(ref -> keys.add(ref.canonical()));
        return List.copyOf(keys);
    }

    private static Object run(TransactionContext tx, String cypher, String name, Object value) {
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return null;
        }
        tx.run(cypher, name == null ? Map.of() : Map.of(name, value)).consume();
        return null;
    }
}
