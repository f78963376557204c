package com.cataloggraph.model.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Records ingest runs in the graph as {@code :IngestRun} nodes, so every answer can say how fresh it
 * is, and every instance reports the same state of a run, whichever instance runs it.
 *
 * <p>A run is {@code queued} (accepted, waiting for the ingest lease), {@code running}, then
 * {@code succeeded} or {@code failed}. While queued or running, the process that owns it keeps
 * {@code aliveUntil} (the database's clock) in the future: the lease's heartbeat does for a running
 * run, a {@link RunHeartbeat} for a queued one. A run whose {@code aliveUntil} passed was abandoned
 * (its process died): it reads as failed at once, and the next run to take the lease records it so.
 */
public final class IngestRunLog {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    /** The process running it is the lease's holder, alive as long as the lease. */
    private static final String START = """
            MERGE (r:IngestRun {id: $id})
            SET r.startedAt = $startedAt, r.status = 'running', r.source = $source
            WITH r
            OPTIONAL MATCH (l:IngestLease {name: $lease}) WHERE l.runId = r.id
            SET r.runner = l.holder, r.aliveUntil = l.expiresAt
            """;

    private static final String FINISH = """
            MATCH (r:IngestRun {id: $id})
            SET r += $counts, r.finishedAt = $finishedAt, r.status = $status, r.detail = $detail
            """;

    private static final String QUEUE = """
            CREATE (r:IngestRun {id: $id})
            SET r.status = 'queued', r.source = $source, r.requestedAt = $requestedAt, r.runner = $runner,
                r.aliveUntil = datetime() + duration({milliseconds: $ttl})
            """;

    private static final String FAIL = """
            MATCH (r:IngestRun {id: $id})
            SET r.status = 'failed', r.detail = $detail, r.finishedAt = coalesce(r.finishedAt, $finishedAt)
            """;

    /**
     * Run by the process that just took the lease, in that transaction: no other run can be running, and a
     * queued one whose process stopped renewing it will never start.
     */
    private static final String CLOSE_ABANDONED = """
            MATCH (r:IngestRun)
            WHERE r.status = 'running' OR (r.status = 'queued' AND coalesce(r.aliveUntil < datetime(), true))
            SET r.status = 'failed', r.finishedAt = toString(coalesce(r.aliveUntil, datetime())),
                r.detail = 'abandoned: ' + coalesce(r.runner, 'the process running it')
                           + ' stopped before finishing it'
                           + coalesce('; its last renewal ran out at ' + toString(r.aliveUntil), '')
            """;

    private static final String STATUS = """
            MATCH (r:IngestRun {id: $id})
            RETURN r.status AS status, r.detail AS detail, r.source AS source, r.runner AS runner,
                   r.aliveUntil AS aliveUntil, %s AS abandoned
            """.formatted(RunHeartbeat.ABANDONED);

    private final CatalogDatabase database;

    public IngestRunLog(CatalogDatabase database) {
        this.database = database;
    }

    public void start(String id, Instant startedAt, String source) {
        database.writeStatement(START, Map.of("id", id, "startedAt", startedAt.toString(), "source", source,
                "lease", IngestLease.NAME));
    }

    /** Marks the run finished, without a summary. */
    public void finish(String id, Instant finishedAt, String status, Map<String, Long> counts) {
        finish(id, finishedAt, status, counts, null);
    }

    /**
     * Marks the run finished.
     *
     * @param status {@code succeeded} or {@code failed}
     * @param counts numeric results, stored as properties of the run
     * @param detail what the run says about itself (its summary), or null
     */
    public void finish(String id, Instant finishedAt, String status, Map<String, Long> counts, String detail) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("finishedAt", finishedAt.toString());
        params.put("status", status);
        params.put("counts", Map.copyOf(counts));
        params.put("detail", detail);
        database.writeStatement(FINISH, params);
    }

    /**
     * Records a run accepted now and started later (when the lease is free); {@code runner} keeps it alive
     * with a {@link RunHeartbeat} meanwhile.
     */
    public void queue(String id, String source, String runner, Duration aliveFor) {
        database.writeStatement(QUEUE, Map.of("id", id, "source", source, "requestedAt", Instant.now().toString(),
                "runner", runner, "ttl", aliveFor.toMillis()));
    }

    /** Marks the run failed with the reason (a run that never started, or one whose record a failure left open). */
    public void fail(String id, String reason) {
        database.writeStatement(FAIL, Map.of("id", id, "detail", reason, "finishedAt", Instant.now().toString()));
    }

    /** The run's state now; a run whose process stopped renewing it reads as failed. */
    public Optional<TrackedRun> status(String id) {
        return database.read(tx -> tx.run(STATUS, Map.of("id", id)).list(row -> {
            String runner = text(row.get("runner"));
            String source = text(row.get("source"));
            if (row.get("abandoned").asBoolean(false)) {
                return new TrackedRun(id, FAILED, RunHeartbeat.abandonment(runner, row.get("aliveUntil")), source,
                        runner);
            }
            return new TrackedRun(id, text(row.get("status")), text(row.get("detail")), source, runner);
        })).stream().findFirst();
    }

    static void closeAbandoned(TransactionContext tx) {
        tx.run(CLOSE_ABANDONED).consume();
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
