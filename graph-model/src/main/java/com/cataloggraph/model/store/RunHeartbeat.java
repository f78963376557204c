package com.cataloggraph.model.store;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/**
 * Keeps the runs this process owns visibly alive: every third of the timeout it moves their
 * {@code aliveUntil} (the database's clock) a timeout ahead, while they are {@code queued} or
 * {@code running}. A run whose process died stops being renewed, and every instance then reads it as
 * abandoned instead of running forever.
 */
public final class RunHeartbeat implements AutoCloseable {

    /** The Cypher condition, over a run {@code r}, of a run whose process stopped renewing it. */
    static final String ABANDONED = "coalesce(r.status IN ['queued', 'running'] AND r.aliveUntil < datetime(), false)";

    private static final Map<RunLabel, String> RENEW = Arrays.stream(RunLabel.values()).collect(Collectors.toMap(
            label -> label, label -> """
                    UNWIND $ids AS id
                    MATCH (r:%s {id: id})
                    WHERE r.status IN ['queued', 'running']
                    SET r.aliveUntil = datetime() + duration({milliseconds: $ttl}), r.runner = coalesce(r.runner, $runner)
                    RETURN r.id AS id
                    """.formatted(label.label()), (a, b) -> a, () -> new EnumMap<>(RunLabel.class)));

    private static final Map<RunLabel, String> STATUS = Arrays.stream(RunLabel.values()).collect(Collectors.toMap(
            label -> label, label -> """
                    MATCH (r:%s {id: $id})
                    WHERE %s
                    RETURN r.runner AS runner, r.aliveUntil AS aliveUntil
                    """.formatted(label.label(), ABANDONED), (a, b) -> a, () -> new EnumMap<>(RunLabel.class)));

    private final CatalogDatabase database;
    private final Duration timeout;
    private final String runner;
    private final Map<RunLabel, Set<String>> tracked = new EnumMap<>(RunLabel.class);
    private final ScheduledExecutorService beat;

    /**
     * @param timeout how long a run stays alive after its last renewal
     * @param runner  names this process on the runs it renews, e.g. {@code build-1/4242 (serve)}
     */
    public RunHeartbeat(CatalogDatabase database, Duration timeout, String runner) {
        this.database = database;
        this.timeout = timeout;
        this.runner = runner;
        for (RunLabel label : RunLabel.values()) {
            tracked.put(label, ConcurrentHashMap.newKeySet());
        }
        this.beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "run-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, timeout.toMillis() / 3);
        beat.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
    }

    public Duration timeout() {
        return timeout;
    }

    /** The name this process writes as a run's {@code runner}. */
    public String runner() {
        return runner;
    }

    /** Renews the run now and at every beat until it is neither queued nor running. */
    public void track(RunLabel label, String id) {
        tracked.get(label).add(id);
        renew(label, Set.of(id));
    }

    /** Why the run reads as failed although recorded as queued or running, if its process stopped renewing it. */
    public Optional<String> abandonment(RunLabel label, String id) {
        return database.read(tx -> tx.run(STATUS.get(label), Map.of("id", id))
                .list(row -> abandonment(text(row.get("runner")), row.get("aliveUntil")))).stream().findFirst();
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }

    /** {@code abandoned: <runner> stopped renewing it; its last renewal ran out at <time> (...)}. */
    static String abandonment(String runner, Value aliveUntil) {
        return "abandoned: " + (runner == null ? "the process running it" : runner) + " stopped renewing it"
                + (aliveUntil == null || aliveUntil.isNull() ? ""
                : "; its last renewal ran out at " + aliveUntil.asZonedDateTime().toInstant())
                + " (it died or lost the database)";
    }

    private void renewAll() {
        tracked.forEach((label, ids) -> {
            if (!ids.isEmpty()) {
                try {
                    renew(label, Set.copyOf(ids));
                } catch (RuntimeException e) {
                    // the database is away: the next beat tries again
                }
            }
        });
    }

    /** Renews these runs; forgets the ones that are over. */
    private void renew(RunLabel label, Set<String> ids) {
        List<String> alive = database.write(tx -> tx.run(RENEW.get(label),
                Map.of("ids", List.copyOf(ids), "ttl", timeout.toMillis(), "runner", runner))
                .list(row -> row.get("id").asString()));
        ids.stream().filter(id -> !alive.contains(id)).forEach(tracked.get(label)::remove);
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
