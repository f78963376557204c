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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The write path. Each {@link #write} call is one transaction: readers see a batch's entities
 * together with their relations, or not at all.
 *
 * <p>A relation remembers which entities declared it ({@code declaredBy}) and where
 * ({@code declaredAt}, the same position: {@code file:line:field}), so re-writing an entity replaces
 * exactly the relations its own descriptor produced, and the pair declared from both ends
 * ({@code dependsOn} here, {@code dependencyOf} there) is stored once.
 *
 * <p>Relations an entity declares again are left in place, never deleted and created anew: Neo4j
 * reads are read-committed, so a query walking an entity's relationships while they were being
 * re-created could miss them, or meet one deleted under it.
 *
 * <p>Given a {@link ChangeStamp}, each transaction also records what it changed in the catalog's
 * history ({@link ChangeLog}), in that same transaction.
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

    /**
     * Removes {@code $refs}' declarations; a relationship nobody declares any more goes. Returns what each
     * entity stopped declaring, for the history. {@code declaredAt} keeps the positions of {@code declaredBy}.
     */
    private static final String DROP_DECLARED_RELATIONS = """
            UNWIND $refs AS ref
            MATCH (:Entity {ref: ref})-[r]-()
            WHERE ref IN r.declaredBy
            WITH r, collect(DISTINCT ref) AS gone
            %s""".formatted(undeclare());

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
            %s""".formatted(undeclare());

    /**
     * The written entities as they were, for the history: whether each existed (and as what), the compared
     * properties whose value changes with this write (with the stored value) and its owners. Entities that
     * exist and do not change are left out.
     */
    private static final String READ_BEFORE = """
            UNWIND $rows AS row
            OPTIONAL MATCH (n:Entity {ref: row.ref})
            WITH row, n, [k IN $compared WHERE n IS NOT NULL AND CASE
                    WHEN n[k] IS NULL THEN row.props[k] IS NOT NULL
                    WHEN row.props[k] IS NULL THEN true
                    ELSE n[k] <> row.props[k] END] AS changed
            WHERE n IS NULL OR n.missing OR n.orphan OR size(changed) > 0
            RETURN row.ref AS ref, n IS NOT NULL AS existed, coalesce(n.missing, false) AS missing,
                   coalesce(n.orphan, false) AS orphan,
                   [k IN changed | [k, CASE k WHEN 'definition' THEN null ELSE n[k] END]] AS changed,
                   CASE WHEN n IS NULL THEN [] ELSE [(n)-[:OWNED_BY]->(o:Entity) | o.ref] END AS owners
            """;

    private static final String MERGE_PLACEHOLDERS = """
            UNWIND $rows AS row
            MERGE (n:Entity {ref: row.ref})
            ON CREATE SET n.kind = row.kind, n.namespace = row.namespace, n.name = row.name, n.missing = true,
                          n.orphan = false
            """;

    /**
     * One row per relationship with every declarer of it in the batch ({@code row.by}, {@code row.at}): one
     * statement's rows all read a relationship's properties before any row sets them, so two rows for one
     * relationship would lose a declarer. Declarers already listed keep their position, with their site
     * updated; new ones are appended and returned, for the history.
     */
    private static final Map<RelationType, String> MERGE_RELATIONS_BY_TYPE = Arrays.stream(RelationType.values())
            .collect(Collectors.toMap(type -> type, type -> """
                    UNWIND $rows AS row
                    MATCH (s:Entity {ref: row.source})
                    MATCH (t:Entity {ref: row.target})
                    MERGE (s)-[r:%s]->(t)
                    WITH r, row, coalesce(r.declaredBy, []) AS by, coalesce(r.declaredAt, []) AS at
                    WITH r, row, by, at, [i IN range(0, size(row.by) - 1) WHERE NOT row.by[i] IN by] AS fresh,
                         [i IN range(0, size(by) - 1) |
                             coalesce(row.at[[j IN range(0, size(row.by) - 1) WHERE row.by[j] = by[i]][0]], at[i], '')]
                             AS sites
                    WHERE size(fresh) > 0 OR sites <> at
                    SET r.declaredBy = by + [i IN fresh | row.by[i]],
                        r.declaredAt = sites + [i IN fresh | row.at[i]]
                    WITH row, fresh WHERE size(fresh) > 0
                    RETURN row.source + ' %1$s ' + row.target AS key, [i IN fresh | row.by[i]] AS by,
                           [i IN fresh | row.at[i]] AS at
                    """.formatted(type.neo4jType())));

    /** Newly orphaned entities only: an orphan keeps the time and run it became one. */
    private static final String MARK_ORPHANS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            WHERE n.orphan = false
            SET n.orphan = true, n.orphanedAt = $at, n.orphanedRun = $run
            RETURN n.ref AS ref, n.kind AS kind, [(n)-[:OWNED_BY]->(o:Entity) | o.ref] AS owners,
                   n.sourceFile AS file, n.sourceCommit AS commit, n.sourceHash AS hash
            """;

    private static final String READ_DELETED = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            WHERE n.missing = false
            RETURN n.ref AS ref, n.kind AS kind, [(n)-[:OWNED_BY]->(o:Entity) | o.ref] AS owners,
                   n.sourceFile AS file, n.sourceCommit AS commit, n.sourceHash AS hash
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
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
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

    /** As {@link #write(List, List, ChangeStamp)}, recording no history. */
    public void write(List<CatalogEntity> entities, List<Relation> relations) {
        write(entities, relations, null);
    }

    /**
     * Writes entities and the relations they declare in one transaction, replacing every
     * relation those entities declared before. Relations may name entities not written yet: their
     * ends become {@code missing} placeholders until the real entity arrives.
     *
     * @param entities  entities to create or update
     * @param relations relations declared by {@code entities} (by {@link Relation#declaredBy()})
     * @param stamp     the run to record the changes under, or null to record none
     */
    public void write(List<CatalogEntity> entities, List<Relation> relations, ChangeStamp stamp) {
        String now = Instant.now().toString();
        List<Map<String, Object>> rows = entities.stream().map(e -> EntityRows.entityRow(e, now)).toList();
        List<Map<String, Object>> declarers = EntityRows.declarerRows(entities, relations);
        List<Map<String, Object>> placeholders = EntityRows.endpointRows(relations, declarers.stream()
                .map(row -> (String) row.get("ref")).collect(Collectors.toSet()));
        Map<String, List<Map<String, Object>>> rowsByLabel = rows.stream().collect(Collectors.groupingBy(
                row -> ((List<?>) row.get("labels")).isEmpty() ? "" : (String) ((List<?>) row.get("labels")).getFirst(),
                LinkedHashMap::new, Collectors.toList()));
        Map<RelationType, List<Map<String, Object>>> relationsByType = EntityRows.relationRowsByType(relations);
        database.write(tx -> {
            Map<String, EntityChanges.Before> before = stamp == null ? Map.of() : before(tx, rows);
            List<EntityChanges.Declaration> undeclared = declarations(run(tx, DROP_UNDECLARED_RELATIONS, "rows",
                    declarers));
            rowsByLabel.forEach((label, group) -> run(tx, label.isEmpty() ? UPSERT_UNLABELLED_ENTITIES
                    : UPSERT_ENTITIES_BY_LABEL.get(label), "rows", group));
            run(tx, MERGE_PLACEHOLDERS, "rows", placeholders);
            List<EntityChanges.Declaration> declared = new ArrayList<>();
            relationsByType.forEach((type, group) -> declared.addAll(declarations(
                    run(tx, MERGE_RELATIONS_BY_TYPE.get(type), "rows", group))));
            if (stamp != null) {
                ChangeLog.record(tx, EntityChanges.written(stamp, rows, relations, before, declared, undeclared));
            }
            return null;
        });
    }

    /** As {@link #writeAll(List, List, ChangeStamp)}, recording no history. */
    public void writeAll(List<CatalogEntity> entities, List<Relation> relations) {
        writeAll(entities, relations, null);
    }

    /**
     * Writes any number of entities in transactions of {@link #batchSize()} entities each, every
     * batch with the relations its entities declare.
     */
    public void writeAll(List<CatalogEntity> entities, List<Relation> relations, ChangeStamp stamp) {
        Map<String, List<Relation>> byDeclarer = relations.stream()
                .collect(Collectors.groupingBy(r -> r.declaredBy().canonical()));
        for (int from = 0; from < entities.size(); from += batchSize) {
            List<CatalogEntity> batch = entities.subList(from, Math.min(entities.size(), from + batchSize));
            List<Relation> batchRelations = new ArrayList<>();
            for (CatalogEntity entity : batch) {
                batchRelations.addAll(byDeclarer.getOrDefault(entity.key(), List.of()));
            }
            write(batch, batchRelations, stamp);
        }
    }

    /** Flags entities whose source no longer emits them; they stay in the graph. */
    public void markOrphans(Collection<EntityRef> refs) {
        markOrphans(refs, null);
    }

    /**
     * Flags entities whose source no longer emits them; they stay in the graph, remembering when (and, with a
     * stamp, in which run) they became orphans. With a stamp, each newly orphaned entity is recorded.
     */
    public void markOrphans(Collection<EntityRef> refs, ChangeStamp stamp) {
        Instant at = stamp == null ? Instant.now() : stamp.at();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("at", at.toString());
        params.put("run", stamp == null ? null : stamp.run());
        forBatches(canonical(refs), batch -> database.write(tx -> {
            Map<String, Object> batchParams = new LinkedHashMap<>(params);
            batchParams.put("refs", batch);
            List<Map<String, Object>> orphaned = tx.run(MARK_ORPHANS, batchParams).list(Record::asMap);
            if (stamp != null) {
                ChangeLog.record(tx, EntityChanges.gone(stamp, EntityChanges.ORPHANED, orphaned, List.of()));
            }
            return null;
        }));
    }

    /** As {@link #delete(Collection, ChangeStamp)}, recording no history. */
    public void delete(Collection<EntityRef> refs) {
        delete(refs, null);
    }

    /**
     * Removes entities and the relations they declared. One still referenced by another entity's
     * relation stays as a {@code missing} placeholder, exactly as if it had never been defined.
     */
    public void delete(Collection<EntityRef> refs, ChangeStamp stamp) {
        forBatches(canonical(refs), batch -> database.write(tx -> {
            List<Map<String, Object>> deleted = stamp == null ? List.of()
                    : tx.run(READ_DELETED, Map.of("refs", batch)).list(Record::asMap);
            List<EntityChanges.Declaration> undeclared = declarations(run(tx, DROP_DECLARED_RELATIONS, "refs", batch));
            run(tx, DELETE_UNLINKED, "refs", batch);
            run(tx, DEMOTE_TO_PLACEHOLDERS, "refs", batch);
            run(tx, PRUNE_UNLINKED_PLACEHOLDERS, null, null);
            if (stamp != null) {
                ChangeLog.record(tx, EntityChanges.gone(stamp, EntityChanges.REMOVED, deleted, undeclared));
            }
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

    /**
     * The tail of the drop statements: each relationship {@code r} loses the declarers in {@code gone} (and their
     * sites), goes when none is left, and is returned with who stopped declaring it where.
     */
    private static String undeclare() {
        return """
                WITH r, gone, startNode(r).ref + ' ' + type(r) + ' ' + endNode(r).ref AS key, r.declaredBy AS by,
                     coalesce(r.declaredAt, []) AS at
                WITH r, gone, key, by, at, [i IN range(0, size(by) - 1) WHERE NOT by[i] IN gone] AS kept
                SET r.declaredBy = [i IN kept | by[i]], r.declaredAt = [i IN kept | coalesce(at[i], '')]
                FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE r)
                RETURN key, [i IN range(0, size(by) - 1) WHERE by[i] IN gone | by[i]] AS by,
                       [i IN range(0, size(by) - 1) WHERE by[i] IN gone | coalesce(at[i], '')] AS at
                """;
    }

    private static Map<String, EntityChanges.Before> before(TransactionContext tx, List<Map<String, Object>> rows) {
        Map<String, EntityChanges.Before> before = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return before;
        }
        tx.run(READ_BEFORE, Map.of("rows", rows, "compared", EntityChanges.COMPARED)).forEachRemaining(row -> {
            Map<String, Object> changed = new LinkedHashMap<>();
            for (List<Object> pair : row.get("changed").asList(value -> value.asList())) {
                changed.put((String) pair.get(0), pair.get(1));
            }
            before.put(row.get("ref").asString(), new EntityChanges.Before(row.get("existed").asBoolean(),
                    row.get("missing").asBoolean(), row.get("orphan").asBoolean(), changed,
                    row.get("owners").asList(value -> value.asString())));
        });
        return before;
    }

    /** Rows of {@code key, by[], at[]} as one declaration per declarer. */
    private static List<EntityChanges.Declaration> declarations(List<Record> rows) {
        List<EntityChanges.Declaration> declarations = new ArrayList<>();
        for (Record row : rows) {
            String key = row.get("key").asString();
            List<String> by = row.get("by").asList(value -> value.asString());
            List<String> at = row.get("at").asList(value -> value.asString());
            for (int i = 0; i < by.size(); i++) {
                declarations.add(new EntityChanges.Declaration(by.get(i), key, i < at.size() && !at.get(i).isEmpty()
                        ? at.get(i) : null));
            }
        }
        return declarations;
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

    private static List<Record> run(TransactionContext tx, String cypher, String name, Object value) {
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return List.of();
        }
        return tx.run(cypher, name == null ? Map.of() : Map.of(name, value)).list();
    }
}
