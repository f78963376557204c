package com.cataloggraph.model.store;

import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Writes change rows (built by {@link EntityChanges}) inside the caller's write transaction. */
    static void record(TransactionContext tx, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(RECORD, Map.of("rows", rows)).consume();
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
