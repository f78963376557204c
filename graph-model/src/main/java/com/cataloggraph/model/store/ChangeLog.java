package com.cataloggraph.model.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The catalog's history on the write side: one {@code :EntityChange} node per entity a run changed,
 * written in the same transaction as the change itself (so a crash never leaves a change without its
 * record, or a record without its change), and pruned once older than the retention period.
 *
 * <p>The nodes carry no {@code :Entity} label and no relationships, so catalog queries never meet them.
 */
public final class ChangeLog {

    /** The label of history nodes. */
    public static final String LABEL = "EntityChange";

    /**
     * The written entities as they were, for the history: whether each existed (and as what), the compared
     * properties whose value changes with this write (with the stored value) and its owners. Entities that
     * exist and do not change are left out.
     */
    static final String READ_BEFORE = """
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

    private static final String RECORD = """
            UNWIND $rows AS row
            CREATE (c:EntityChange)
            SET c = row
            """;

    private static final String HAS_EXPIRED = """
            MATCH (c:EntityChange) WHERE c.at < $cutoff
            RETURN count(c) > 0 AS expired
            """;

    private static final String PRUNE_BATCH = """
            MATCH (c:EntityChange) WHERE c.at < $cutoff
            WITH c LIMIT $batch
            DELETE c
            RETURN count(*) AS deleted
            """;

    private static final int PRUNE_BATCH_SIZE = 10_000;

    private final CatalogDatabase database;

    public ChangeLog(CatalogDatabase database) {
        this.database = database;
    }

    /** The written entities as they were, read inside the writer's transaction before it writes. */
    static Map<String, EntityChanges.Before> before(TransactionContext tx, List<Map<String, Object>> rows) {
        Map<String, EntityChanges.Before> before = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return before;
        }
        Map<String, Object> params = Map.of("rows", rows, "compared", EntityChanges.COMPARED);
        tx.run(CatalogWriter.CACHED_PLAN + READ_BEFORE, params).forEachRemaining(row -> {
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

    /** Writes change rows (built by {@link EntityChanges}) inside the caller's write transaction. */
    static void record(TransactionContext tx, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(CatalogWriter.CACHED_PLAN + RECORD, Map.of("rows", rows)).consume();
        }
    }

    /**
     * Deletes the changes recorded before {@code cutoff}, in transactions of {@value #PRUNE_BATCH_SIZE}. Writes
     * nothing at all when nothing is that old (one read), so a run over a young history costs no write.
     *
     * @return how many changes were deleted
     */
    public long prune(Instant cutoff) {
        Map<String, Object> params = Map.of("cutoff", cutoff.atOffset(ZoneOffset.UTC), "batch", PRUNE_BATCH_SIZE);
        if (!database.read(tx -> tx.run(HAS_EXPIRED, params).single().get("expired").asBoolean())) {
            return 0;
        }
        long total = 0;
        long deleted;
        do {
            deleted = database.write(tx -> tx.run(PRUNE_BATCH, params).single().get("deleted").asLong());
            total += deleted;
        } while (deleted == PRUNE_BATCH_SIZE);
        return total;
    }
}
