package com.cataloggraph.ingest.state;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.model.ref.RepositoryName;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingester's own reads and writes, all of its Cypher in one place: {@code :SourceFile} state
 * nodes, who owns an entity, and the run's figures. Entities themselves are written only through
 * graph-model's {@code CatalogWriter}.
 *
 * <p>{@code :SourceFile} nodes are not linked to entities by relationships: the catalog reads any
 * relationship of an {@code :Entity} as a catalog relation, so the claimed refs are a list property.
 */
public final class IngestStateStore {

    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT source_file_location IF NOT EXISTS FOR (f:SourceFile) REQUIRE f.location IS UNIQUE",
            "CREATE INDEX source_file_source IF NOT EXISTS FOR (f:SourceFile) ON (f.source)");

    private static final String LOAD = """
            MATCH (f:SourceFile) WHERE f.source IN $sources
            RETURN f
            """;

    private static final String REPOSITORY_READS = """
            MATCH (f:SourceFile {source: $source})
            WHERE f.repository = $repository
            RETURN f.file AS file, f.inputs AS inputs, f.targets AS targets
            """;

    private static final String TO_RETRY = """
            MATCH (f:SourceFile {source: $source})
            WHERE f.retry = true
            RETURN DISTINCT f.repository AS repository
            """;

    private static final String SAVE = """
            UNWIND $rows AS row
            MERGE (f:SourceFile {location: row.location})
            SET f = row
            """;

    private static final String DELETE = """
            UNWIND $locations AS location
            MATCH (f:SourceFile {location: location})
            DELETE f
            """;

    /*
     * OWNERS and KINDS seek each ref (the hints): left to itself the planner may instead seek every defined
     * entity through the missing index and compare refs, a cost of catalog size times the number of refs
     * (at 16K entities a run's report read exceeded its 30 s timeout).
     */
    static final String OWNERS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            USING INDEX SEEK n:Entity(ref)
            WHERE n.missing = false
            RETURN ref, n.sourceLocation AS location, n.orphan AS orphan
            """;

    private static final String LIVE_ENTITIES = """
            MATCH (n:Entity) WHERE n.missing = false AND n.orphan = false
            RETURN count(n) AS total
            """;

    static final String KINDS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            USING INDEX SEEK n:Entity(ref)
            WHERE n.missing = false
            RETURN n.kind AS kind, count(*) AS total
            ORDER BY kind
            """;

    /**
     * From the placeholders outwards (the hint): left to itself the planner may start from every defined entity
     * and expand all their relations, reading tens of thousands of nodes to find the few (usually no) placeholders;
     * a plain {@code USING INDEX} scans the whole index instead of seeking {@code missing = true}.
     */
    static final String DANGLING = """
            MATCH (m:Entity {missing: true})-[]-(s:Entity {missing: false})
            USING INDEX SEEK m:Entity(missing)
            WITH m, collect(DISTINCT s.ref) AS by
            RETURN m.ref AS ref, by[..5] AS referencedBy, size(by) AS references
            ORDER BY ref
            LIMIT $limit
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 1000;
    private static final TypeReference<List<LocationEmitted>> TARGETS = new TypeReference<>() { };
    private static final TypeReference<List<IngestProblem>> PROBLEMS = new TypeReference<>() { };

    private final CatalogDatabase database;

    public IngestStateStore(CatalogDatabase database) {
        this.database = database;
    }

    /** Creates the state's constraint and index if missing (idempotent). */
    public void ensureSchema() {
        CatalogSchema.apply(database, SCHEMA);
    }

    /** The state of every file the given sources produced, by location. */
    public Map<String, SourceFileState> load(Collection<String> sources) {
        return database.read(tx -> {
            Map<String, SourceFileState> states = new LinkedHashMap<>();
            tx.run(LOAD, Map.of("sources", List.copyOf(sources))).forEachRemaining(row -> {
                SourceFileState state = fromNode(row.get("f"));
                states.put(state.location(), state);
            });
            return states;
        });
    }

    /** What the stored files of one repository of a source read (see {@link RepositoryReads}). */
    public RepositoryReads reads(String source, String repository) {
        return database.read(tx -> {
            java.util.Set<String> files = new java.util.HashSet<>();
            java.util.Set<String> inputs = new java.util.HashSet<>();
            List<String> targets = new ArrayList<>();
            tx.run(REPOSITORY_READS, Map.of("source", source, "repository", repository)).forEachRemaining(row -> {
                files.add(row.get("file").asString());
                for (String entry : row.get("inputs").asList(Value::asString, List.of())) {
                    inputs.add(entry.substring(0, entry.lastIndexOf('=')));
                }
                jsonList(row.get("targets"), TARGETS)
                        .forEach(target -> targets.add(target.pattern()));
            });
            return new RepositoryReads(files, inputs, targets);
        });
    }

    /**
     * Repositories of a source with a file that lost a ref conflict: such a file is processed again on every run
     * that reads its repository, so a sync that skips unchanged repositories must still read these.
     */
    public java.util.Set<String> repositoriesToRetry(String source) {
        return database.read(tx -> java.util.Set.copyOf(tx.run(TO_RETRY, Map.of("source", source))
                .list(row -> row.get("repository").asString(""))));
    }

    public void save(List<SourceFileState> states) {
        List<Map<String, Object>> rows = states.stream().map(IngestStateStore::toRow).toList();
        batches(rows, batch -> database.writeStatement(SAVE, Map.of("rows", batch)));
    }

    public void delete(Collection<String> locations) {
        batches(List.copyOf(locations), batch -> database.writeStatement(DELETE, Map.of("locations", batch)));
    }

    /** The current owner of each defined entity among {@code refs} (placeholders and unknown refs are absent). */
    public Map<String, EntityOwner> owners(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return database.read(tx -> {
            Map<String, EntityOwner> owners = new HashMap<>();
            tx.run(OWNERS, Map.of("refs", List.copyOf(refs))).forEachRemaining(row -> owners.put(
                    row.get("ref").asString(), new EntityOwner(text(row.get("location")),
                            row.get("orphan").asBoolean(false))));
            return owners;
        });
    }

    /** Entities defined and not orphaned: the base the removal guard measures a run against. */
    public long liveEntities() {
        return database.read(tx -> tx.run(LIVE_ENTITIES).single().get("total").asLong());
    }

    /** Defined entities among {@code refs}, counted per kind. */
    public Map<String, Long> kinds(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return database.read(tx -> {
            Map<String, Long> kinds = new LinkedHashMap<>();
            tx.run(KINDS, Map.of("refs", List.copyOf(refs))).forEachRemaining(row ->
                    kinds.put(row.get("kind").asString(), row.get("total").asLong()));
            return kinds;
        });
    }

    /** Refs that relations point at but no descriptor defines, in ref order. */
    public List<DanglingRef> dangling(int limit) {
        return database.read(tx -> tx.run(DANGLING, Map.of("limit", limit)).list(row -> new DanglingRef(
                row.get("ref").asString(), row.get("referencedBy").asList(Value::asString),
                row.get("references").asLong())));
    }

    private static Map<String, Object> toRow(SourceFileState state) {
        Map<String, Object> row = new HashMap<>();
        row.put("location", state.location());
        row.put("source", state.source());
        row.put("file", state.file());
        row.put("repository", state.repository());
        row.put("repositoryName", RepositoryName.key(state.repository()));
        row.put("contentHash", state.contentHash());
        row.put("fingerprint", state.fingerprint());
        row.put("stamp", state.stamp());
        row.put("inputs", state.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        row.put("status", state.status().name());
        row.put("claims", state.claims());
        row.put("orphans", state.orphans());
        row.put("targets", JSON.writeValueAsString(state.targets()));
        row.put("problems", JSON.writeValueAsString(state.problems()));
        row.put("errors", state.problems().stream().filter(IngestProblem::isError).count());
        row.put("retry", state.retry());
        row.put("relations", state.relations());
        return row;
    }

    private static SourceFileState fromNode(Value node) {
        Map<String, String> inputs = new HashMap<>();
        for (String entry : node.get("inputs").asList(Value::asString, List.of())) {
            int eq = entry.lastIndexOf('=');
            inputs.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return new SourceFileState(node.get("location").asString(), text(node.get("source")), text(node.get("file")),
                text(node.get("repository")), text(node.get("contentHash")), text(node.get("fingerprint")), text(node.get("stamp")), inputs,
                FileStatus.valueOf(node.get("status").asString()), node.get("claims").asList(Value::asString, List.of()),
                node.get("orphans").asList(Value::asString, List.of()),
                jsonList(node.get("targets"), TARGETS), jsonList(node.get("problems"), PROBLEMS),
                node.get("retry").asBoolean(false), node.get("relations").asLong(0));
    }

    /** Most files have no targets and no problems: their empty lists are not parsed. */
    private static <T> List<T> jsonList(Value value, TypeReference<List<T>> type) {
        String json = value.asString("[]");
        return "[]".equals(json) ? List.of() : JSON.readValue(json, type);
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    private static <T> void batches(List<T> items, Consumer<List<T>> work) {
        for (int from = 0; from < items.size(); from += BATCH) {
            work.accept(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
    }
}
