package com.cataloggraph.model.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Records ingest runs in the graph as {@code :IngestRun} nodes, so every answer can say how
 * fresh it is.
 */
public final class IngestRunLog {

    private static final String START = """
            MERGE (r:IngestRun {id: $id})
            SET r.startedAt = $startedAt, r.status = 'running', r.source = $source
            """;

    private static final String FINISH = """
            MATCH (r:IngestRun {id: $id})
            SET r += $counts, r.finishedAt = $finishedAt, r.status = $status
            """;

    private final CatalogDatabase database;

    public IngestRunLog(CatalogDatabase database) {
        this.database = database;
    }

    public void start(String id, Instant startedAt, String source) {
        database.writeStatement(START, Map.of("id", id, "startedAt", startedAt.toString(), "source", source));
    }

    /**
     * Marks the run finished.
     *
     * @param status {@code succeeded} or {@code failed}
     * @param counts numeric results, stored as properties of the run
     */
    public void finish(String id, Instant finishedAt, String status, Map<String, Long> counts) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("finishedAt", finishedAt.toString());
        params.put("status", status);
        params.put("counts", Map.copyOf(counts));
        database.writeStatement(FINISH, params);
    }
}
