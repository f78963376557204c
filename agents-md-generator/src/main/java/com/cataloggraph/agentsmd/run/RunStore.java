package com.cataloggraph.agentsmd.run;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.Value;

/**
 * The runs in the graph, and the only Cypher of this module:
 * {@code (:AgentsMdRun {id, status, publisher, dryRun, root, selection, ...})-[:RECORDED]->
 * (:AgentsMdRepositoryState {key, runId, repository, state, reason, url, digest, problems, updatedAt})}.
 * Neither carries the {@code :Entity} label, so catalog queries never see them.
 */
public final class RunStore {

    static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT agents_md_run_id IF NOT EXISTS FOR (r:AgentsMdRun) REQUIRE r.id IS UNIQUE",
            "CREATE CONSTRAINT agents_md_repository_state_key IF NOT EXISTS "
                    + "FOR (s:AgentsMdRepositoryState) REQUIRE s.key IS UNIQUE",
            "CREATE INDEX agents_md_run_started IF NOT EXISTS FOR (r:AgentsMdRun) ON (r.startedAt)");

    private static final String CREATE_RUN = "CREATE (r:AgentsMdRun {id: $id}) SET r += $properties";

    private static final String UPDATE_RUN = "MATCH (r:AgentsMdRun {id: $id}) SET r += $properties";

    private static final String SAVE_OUTCOMES = """
            MATCH (r:AgentsMdRun {id: $runId})
            UNWIND $rows AS row
            MERGE (s:AgentsMdRepositoryState {key: row.key})
            SET s += row.properties
            MERGE (r)-[:RECORDED]->(s)
            """;

    private static final String RUN = "MATCH (r:AgentsMdRun {id: $id}) RETURN r {.*} AS run";

    private static final String OUTCOMES = """
            MATCH (:AgentsMdRun {id: $id})-[:RECORDED]->(s:AgentsMdRepositoryState)
            RETURN s {.*} AS state
            ORDER BY s.repository
            """;

    private static final String RECENT = """
            MATCH (r:AgentsMdRun)
            RETURN r {.*} AS run
            ORDER BY r.startedAt DESC, r.id DESC
            LIMIT $limit
            """;

    private final CatalogDatabase database;
    private final AtomicBoolean schemaApplied = new AtomicBoolean();

    public RunStore(CatalogDatabase database) {
        this.database = database;
    }

    public void create(RunRecord run) {
        applySchema();
        database.writeStatement(CREATE_RUN, Map.of("id", run.id(), "properties", properties(run)));
    }

    /** Status, finish time, error and counts (as {@code opened}, {@code failed}, ... properties). */
    public void update(String id, String status, String finishedAt, String error, Map<String, Long> counts) {
        Map<String, Object> properties = new HashMap<>(counts);
        properties.put("status", status);
        properties.put("finishedAt", finishedAt);
        properties.put("error", error);
        database.writeStatement(UPDATE_RUN, Map.of("id", id, "properties", properties));
    }

    /** One transaction for a batch of outcomes. */
    public void save(String runId, List<RepositoryOutcome> outcomes, String at) {
        if (outcomes.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RepositoryOutcome outcome : outcomes) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("runId", runId);
            properties.put("repository", outcome.repository());
            properties.put("state", outcome.state().label());
            properties.put("reason", outcome.reason());
            properties.put("url", outcome.url());
            properties.put("digest", outcome.digest());
            properties.put("problems", outcome.problems());
            properties.put("updatedAt", at);
            rows.add(Map.of("key", runId + "/" + outcome.repository(), "properties", properties));
        }
        database.write(tx -> {
            tx.run(SAVE_OUTCOMES, Map.of("runId", runId, "rows", rows)).consume();
            return null;
        });
    }

    public Optional<RunRecord> run(String id) {
        applySchema();
        return database.read(tx -> tx.run(RUN, Map.of("id", id)).list(row -> record(row.get("run")))).stream().findFirst();
    }

    public List<RepositoryOutcome> outcomes(String id) {
        return database.read(tx -> tx.run(OUTCOMES, Map.of("id", id)).list(row -> outcome(row.get("state"))));
    }

    public List<RunRecord> recent(int limit) {
        applySchema();
        return database.read(tx -> tx.run(RECENT, Map.of("limit", limit)).list(row -> record(row.get("run"))));
    }

    private void applySchema() {
        if (schemaApplied.compareAndSet(false, true)) {
            CatalogSchema.apply(database, SCHEMA);
        }
    }

    private static Map<String, Object> properties(RunRecord run) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("status", run.status());
        properties.put("publisher", run.publisher());
        properties.put("dryRun", run.dryRun());
        properties.put("root", run.root());
        properties.put("selection", run.selection());
        properties.put("concurrency", run.concurrency());
        properties.put("outDir", run.outDir());
        properties.put("startedAt", run.startedAt());
        properties.values().removeIf(java.util.Objects::isNull);
        return properties;
    }

    private static RunRecord record(Value run) {
        return new RunRecord(text(run, "id"), text(run, "status"), text(run, "publisher"),
                run.get("dryRun").asBoolean(false), text(run, "root"),
                run.get("selection").isNull() ? List.of() : run.get("selection").asList(Value::asString),
                run.get("concurrency").asInt(1), text(run, "outDir"), text(run, "startedAt"), text(run, "finishedAt"),
                text(run, "error"));
    }

    private static RepositoryOutcome outcome(Value state) {
        return new RepositoryOutcome(text(state, "repository"), RepositoryState.ofLabel(text(state, "state")),
                text(state, "reason"), text(state, "url"), text(state, "digest"),
                state.get("problems").isNull() ? List.of() : state.get("problems").asList(Value::asString));
    }

    private static String text(Value map, String key) {
        Value value = map.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
