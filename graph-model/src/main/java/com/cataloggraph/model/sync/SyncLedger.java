package com.cataloggraph.model.sync;

import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads and writes the sync bookkeeping: {@code :SyncSource}, {@code :RepositorySync} and {@code :WebhookDelivery}
 * nodes. Every instance sees the same state, so any of them answers "how fresh is this source?".
 */
public final class SyncLedger {

    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT sync_source_name IF NOT EXISTS FOR (s:SyncSource) REQUIRE s.name IS UNIQUE",
            "CREATE CONSTRAINT repository_sync_key IF NOT EXISTS FOR (r:RepositorySync) REQUIRE r.key IS UNIQUE",
            "CREATE INDEX repository_sync_source IF NOT EXISTS FOR (r:RepositorySync) ON (r.source)",
            "CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (d:WebhookDelivery) REQUIRE d.id IS UNIQUE",
            "CREATE INDEX webhook_delivery_received IF NOT EXISTS FOR (d:WebhookDelivery) ON (d.receivedAt)");

    static final String DECLARE = """
            UNWIND $sources AS source
            MERGE (s:SyncSource {name: source.name})
            ON CREATE SET s.failures = 0, s.queueDepth = 0
            SET s.kind = source.kind, s.schedule = source.schedule
            """;

    static final String FULL_SYNC_FINISHED = """
            MATCH (s:SyncSource {name: $name})
            SET s.lastFullSyncAt = $at, s.lastFullSyncOutcome = $outcome, s.lastFullSyncMillis = $millis,
                s.lastFullSyncRequests = $requests, s.repositoriesRead = $read,
                s.failures = coalesce(s.failures, 0) + CASE WHEN $error IS NULL THEN 0 ELSE 1 END,
                s.lastError = coalesce($error, s.lastError)
            """;

    static final String CHANGED = """
            MATCH (s:SyncSource {name: $name})
            SET s.lastChangeAt = $at
            """;

    static final String QUEUE_DEPTH = """
            MATCH (s:SyncSource {name: $name})
            SET s.queueDepth = $depth
            """;

    static final String VERSIONS = """
            MATCH (r:RepositorySync {source: $source})
            RETURN r.slug AS slug, r.marker AS marker, r.commit AS commit, r.etag AS etag, r.verifiedAt AS verifiedAt
            """;

    static final String SAVE_VERSIONS = """
            UNWIND $rows AS row
            MERGE (r:RepositorySync {key: row.key})
            SET r += row
            """;

    static final String FORGET_OTHERS = """
            MATCH (r:RepositorySync {source: $source})
            WHERE NOT r.slug IN $kept
            DELETE r
            """;

    static final String FORGET = """
            UNWIND $slugs AS slug
            MATCH (r:RepositorySync {key: $source + '|' + slug})
            DELETE r
            """;

    static final String DELIVERY_RECEIVED = """
            MERGE (d:WebhookDelivery {id: $id})
            SET d.source = $source, d.event = $event, d.repository = $repository, d.outcome = $outcome,
                d.detail = $detail, d.receivedAt = $receivedAt, d.durationMillis = 0
            WITH d
            OPTIONAL MATCH (s:SyncSource {name: $source})
            SET s.lastWebhookAt = $receivedAt
            """;

    static final String DELIVERIES_FINISHED = """
            UNWIND $rows AS row
            MATCH (d:WebhookDelivery {id: row.id})
            SET d.outcome = row.outcome, d.detail = row.detail, d.durationMillis = row.durationMillis
            """;

    static final String FAILED = """
            MATCH (s:SyncSource {name: $name})
            SET s.failures = coalesce(s.failures, 0) + 1, s.lastError = $error
            """;

    static final String STATUS = """
            MATCH (s:SyncSource)
            OPTIONAL MATCH (r:RepositorySync {source: s.name})
            WITH s, count(r) AS repositories
            RETURN s, repositories
            ORDER BY s.name
            """;

    static final String DELIVERIES = """
            MATCH (d:WebhookDelivery)
            WHERE $source IS NULL OR d.source = $source
            RETURN d
            ORDER BY d.receivedAt DESC
            LIMIT $limit
            """;

    static final String PRUNE_DELIVERIES = """
            MATCH (d:WebhookDelivery)
            WITH d ORDER BY d.receivedAt DESC
            SKIP $keep
            DELETE d
            """;

    private final CatalogDatabase database;

    public SyncLedger(CatalogDatabase database) {
        this.database = database;
    }

    /** Creates the bookkeeping's constraints and indexes if missing (idempotent). */
    public void ensureSchema() {
        SCHEMA.forEach(statement -> database.writeStatement(statement, Map.of()));
    }

    /** Makes sure a node exists for every configured source, with its kind and schedule. */
    public void declare(Collection<SyncSourceStatus> sources) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SyncSourceStatus source : sources) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", source.name());
            row.put("kind", source.kind());
            row.put("schedule", source.schedule());
            rows.add(row);
        }
        database.writeStatement(DECLARE, Map.of("sources", rows));
    }

    /**
     * A full sync finished.
     *
     * @param error null when it succeeded, else what went wrong
     */
    public void fullSyncFinished(String name, Instant at, Duration took, long requests, long repositoriesRead,
                                 String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name);
        params.put("at", at.toString());
        params.put("outcome", error == null ? "succeeded" : "failed");
        params.put("millis", took.toMillis());
        params.put("requests", requests);
        params.put("read", repositoriesRead);
        params.put("error", error);
        database.writeStatement(FULL_SYNC_FINISHED, params);
    }

    /** A watched folder changed. */
    public void changed(String name, Instant at) {
        database.writeStatement(CHANGED, Map.of("name", name, "at", at.toString()));
    }

    public void queueDepth(String name, int depth) {
        database.writeStatement(QUEUE_DEPTH, Map.of("name", name, "depth", depth));
    }

    /** A sync or a delivery of the source failed. */
    public void failed(String name, String error) {
        database.writeStatement(FAILED, Map.of("name", name, "error", error));
    }

    /** The versions a source last synced, by slug. */
    public Map<String, RepositoryVersionRow> versions(String source) {
        return database.read(tx -> {
            Map<String, RepositoryVersionRow> versions = new HashMap<>();
            tx.run(VERSIONS, Map.of("source", source)).forEachRemaining(row -> versions.put(row.get("slug").asString(),
                    new RepositoryVersionRow(row.get("slug").asString(), text(row.get("marker")),
                            text(row.get("commit")), text(row.get("etag")), instant(row.get("verifiedAt")))));
            return versions;
        });
    }

    /** Remembers versions read or confirmed now. */
    public void saveVersions(String source, Collection<RepositoryVersionRow> versions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RepositoryVersionRow version : versions) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", source + "|" + version.slug());
            row.put("source", source);
            row.put("slug", version.slug());
            row.put("marker", version.marker());
            row.put("commit", version.commit());
            row.put("etag", version.etag());
            row.put("verifiedAt", version.verifiedAt() == null ? null : version.verifiedAt().toString());
            rows.add(row);
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            database.writeStatement(SAVE_VERSIONS, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 1000))));
        }
    }

    /** After a full sync: forgets the versions of repositories it no longer lists. */
    public void keepOnly(String source, Collection<String> slugs) {
        database.writeStatement(FORGET_OTHERS, Map.of("source", source, "kept", List.copyOf(slugs)));
    }

    /** Forgets the versions of these repositories (renamed, deleted), so they are read in full next time. */
    public void forget(String source, Collection<String> slugs) {
        database.writeStatement(FORGET, Map.of("source", source, "slugs", List.copyOf(slugs)));
    }

    /** A delivery arrived (and was queued, coalesced or ignored at once). */
    public void received(WebhookDelivery delivery) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", delivery.id());
        params.put("source", delivery.source());
        params.put("event", delivery.event());
        params.put("repository", delivery.repository());
        params.put("outcome", delivery.outcome());
        params.put("detail", delivery.detail());
        params.put("receivedAt", delivery.receivedAt().toString());
        database.writeStatement(DELIVERY_RECEIVED, params);
    }

    /** The work of these deliveries is done (one re-read may finish many): outcome, detail, duration each. */
    public void finished(Collection<WebhookDelivery> deliveries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries) {
            rows.add(Map.of("id", delivery.id(), "outcome", delivery.outcome(), "detail", delivery.detail(),
                    "durationMillis", delivery.durationMillis()));
        }
        database.writeStatement(DELIVERIES_FINISHED, Map.of("rows", rows));
    }

    /** Keeps the newest {@code keep} deliveries. */
    public void pruneDeliveries(int keep) {
        database.writeStatement(PRUNE_DELIVERIES, Map.of("keep", keep));
    }

    /** Every source's state, by name. */
    public List<SyncSourceStatus> status() {
        return database.read(tx -> tx.run(STATUS).list(SyncLedger::status));
    }

    /** The newest deliveries, of one source or (null) of all. */
    public List<WebhookDelivery> deliveries(String source, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", source);
        params.put("limit", limit);
        return database.read(tx -> tx.run(DELIVERIES, params).list(row -> {
            Value d = row.get("d");
            return new WebhookDelivery(d.get("id").asString(), text(d.get("source")), text(d.get("event")),
                    text(d.get("repository")), text(d.get("outcome")), text(d.get("detail")),
                    instant(d.get("receivedAt")), d.get("durationMillis").asLong(0));
        }));
    }

    private static SyncSourceStatus status(Record row) {
        Value s = row.get("s");
        return new SyncSourceStatus(s.get("name").asString(), text(s.get("kind")), text(s.get("schedule")),
                instant(s.get("lastFullSyncAt")), text(s.get("lastFullSyncOutcome")), s.get("lastFullSyncMillis").asLong(0),
                s.get("lastFullSyncRequests").asLong(0), s.get("repositoriesRead").asLong(0),
                instant(s.get("lastWebhookAt")), instant(s.get("lastChangeAt")), s.get("queueDepth").asLong(0),
                s.get("failures").asLong(0), text(s.get("lastError")), row.get("repositories").asLong());
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant instant(Value value) {
        return value == null || value.isNull() ? null : Instant.parse(value.asString());
    }
}
