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

    /** The statement that drops what a rewritten entity no longer declares (its plan is tested). */
    static final String DROP_UNDECLARED_RELATIONS = RelationStatements.DROP_UNDECLARED_RELATIONS;

    private static final String MERGE_PLACEHOLDERS = """
            UNWIND $rows AS row
            MERGE (n:Entity {ref: row.ref})
            ON CREATE SET n.kind = row.kind, n.namespace = row.namespace, n.name = row.name, n.missing = true,
                          n.orphan = false
            """;

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

    /** Read from the count store, not by scanning; in a write transaction, so on the leader of a cluster. */
    private static final String COUNT_ENTITIES = "MATCH (n:Entity) RETURN count(n) AS entities";

    /**
     * Prefixed to the write statements: a cached plan is used even when the statistics have moved, as a first ingest
     * moves them on every batch; the statements seek on the unique ref index whatever the statistics say. (Cypher
     * compilation still takes about 15% of the database's write work in a first ingest, from plan-cache misses
     * rather than replanning: see docs/benchmarks.md, scale 16.)
     */
    static final String CACHED_PLAN = "CYPHER replan=skip\n";

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
        write(entities, relations, stamp, false);
    }

    /**
     * As {@link #write(List, List, ChangeStamp)}; {@code nothingStored} says that none of {@code entities} is stored
     * as a real entity yet (at most as a placeholder), so there is nothing they declared before to drop and nothing
     * to compare them with: each is added.
     */
    private void write(List<CatalogEntity> entities, List<Relation> relations, ChangeStamp stamp,
                       boolean nothingStored) {
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
            Map<String, EntityChanges.Before> before = stamp == null ? Map.of()
                    : nothingStored ? EntityChanges.absent(rows) : ChangeLog.before(tx, rows);
            List<EntityChanges.Declaration> undeclared = nothingStored ? List.of() : RelationStatements.declarations(
                    run(tx, RelationStatements.DROP_UNDECLARED_RELATIONS, "rows", declarers));
            rowsByLabel.forEach((label, group) -> run(tx, label.isEmpty() ? UPSERT_UNLABELLED_ENTITIES
                    : UPSERT_ENTITIES_BY_LABEL.get(label), "rows", group));
            run(tx, MERGE_PLACEHOLDERS, "rows", placeholders);
            List<EntityChanges.Declaration> declared = new ArrayList<>();
            relationsByType.forEach((type, group) -> declared.addAll(RelationStatements.declarations(
                    run(tx, RelationStatements.MERGE_RELATIONS_BY_TYPE.get(type), "rows", group))));
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
     *
     * <p>Into an empty catalog (a first ingest), each entity named once, the batches skip what only an update
     * needs: reading what each entity was and dropping what it declared before. Only this run writes (the caller
     * holds the ingest lease), so an entity of a later batch is at most a placeholder an earlier one made.
     */
    public void writeAll(List<CatalogEntity> entities, List<Relation> relations, ChangeStamp stamp) {
        if (entities.isEmpty()) {
            return;
        }
        boolean nothingStored = entities.stream().map(CatalogEntity::key).distinct().count() == entities.size()
                && database.write(tx -> tx.run(COUNT_ENTITIES).single().get("entities").asLong()) == 0;
        Map<String, List<Relation>> byDeclarer = relations.stream()
                .collect(Collectors.groupingBy(r -> r.declaredBy().canonical()));
        for (int from = 0; from < entities.size(); from += batchSize) {
            List<CatalogEntity> batch = entities.subList(from, Math.min(entities.size(), from + batchSize));
            List<Relation> batchRelations = new ArrayList<>();
            for (CatalogEntity entity : batch) {
                batchRelations.addAll(byDeclarer.getOrDefault(entity.key(), List.of()));
            }
            write(batch, batchRelations, stamp, nothingStored);
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
            List<EntityChanges.Declaration> undeclared = RelationStatements.declarations(run(tx,
                    RelationStatements.DROP_DECLARED_RELATIONS, "refs", batch));
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
        return tx.run(CACHED_PLAN + cypher, name == null ? Map.of() : Map.of(name, value)).list();
    }
}
