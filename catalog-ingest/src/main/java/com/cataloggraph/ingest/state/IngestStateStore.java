package com.cataloggraph.ingest.state;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

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
            "CREATE INDEX source_file_source IF NOT EXISTS FOR (f:SourceFile) ON (f.source)",
            "CREATE CONSTRAINT source_file_generation IF NOT EXISTS FOR (g:SourceFileGeneration) REQUIRE g.name IS UNIQUE");

    private static final String GENERATION_NAME = "source-files";

    private static final String GENERATION = """
            MATCH (g:SourceFileGeneration {name: $name})
            RETURN g.id AS id, g.number AS number
            """;

    /** In every transaction that saves or deletes states, after its changes: see {@link StateGeneration}. */
    private static final String NEXT_GENERATION = """
            MERGE (g:SourceFileGeneration {name: $name})
            ON CREATE SET g.id = randomUUID(), g.number = 0
            SET g.number = g.number + 1
            RETURN g.id AS id, g.number AS number
            """;

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

    private static final int BATCH = 1000;

    private final CatalogDatabase database;
    /** The local copy of the loaded states, or null for none. */
    private final StateSnapshot snapshot;
    /* What this store last loaded and has written since: the states of those sources as the graph holds them at
       that generation (null when not known), and whether the copy on disk is of them. One run's thread uses them. */
    private List<String> loadedSources;
    private Map<String, SourceFileState> kept;
    private StateGeneration generation;
    private boolean snapshotCurrent;
    private boolean discarded;

    /** A store without a local copy: every load reads the graph. */
    public IngestStateStore(CatalogDatabase database) {
        this(database, null);
    }

    /**
     * @param snapshotFile where to keep a local copy of the loaded states between runs ({@link StateSnapshot}), or
     *                     null for none
     */
    public IngestStateStore(CatalogDatabase database, Path snapshotFile) {
        this.database = database;
        this.snapshot = snapshotFile == null ? null : new StateSnapshot(snapshotFile);
    }

    /** Creates the state's constraint and index if missing (idempotent). */
    public void ensureSchema() {
        CatalogSchema.apply(database, SCHEMA);
    }

    /**
     * The state of every file the given sources produced, by location (a map the caller may change). From the local
     * copy when the graph is still at the generation the copy was taken at, else from the graph.
     */
    public Map<String, SourceFileState> load(Collection<String> sources) {
        loadedSources = List.copyOf(sources);
        if (snapshot != null) {
            StateGeneration now = database.read(IngestStateStore::generation);
            Optional<Map<String, SourceFileState>> copy = now == null ? Optional.empty()
                    : snapshot.read(now, loadedSources);
            if (copy.isPresent()) {
                keep(now, copy.get(), true);
                return new LinkedHashMap<>(kept);
            }
        }
        database.read(tx -> {
            StateGeneration now = generation(tx);
            Map<String, SourceFileState> states = new LinkedHashMap<>();
            tx.run(LOAD, Map.of("sources", loadedSources)).forEachRemaining(row -> {
                SourceFileState state = SourceFileRows.fromRow(row.get("f").asMap());
                states.put(state.location(), state);
            });
            keep(now, states, false);
            return null;
        });
        return new LinkedHashMap<>(kept);
    }

    /**
     * Keeps the local copy of the states {@link #load} read, as this store's saves and deletes left them, when it
     * knows them (no other writer changed them in between) and the copy on disk is not already of them.
     */
    public void keepSnapshot() {
        if (snapshot != null && kept != null && generation == null && !discarded) {
            written(database.write(IngestStateStore::nextGeneration)); // the graph's first: the copy needs one
        }
        if (snapshot != null && kept != null && generation != null && !snapshotCurrent) {
            snapshot.write(generation, loadedSources, kept.values());
            snapshotCurrent = true;
        }
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
                SourceFileRows.targets(row.get("targets").asString("[]"))
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
        batches(states, batch -> {
            List<Map<String, Object>> rows = batch.stream().map(SourceFileRows::toRow).toList();
            written(database.write(tx -> {
                tx.run(SAVE, Map.of("rows", rows)).consume();
                return nextGeneration(tx);
            }));
            if (kept != null) {
                batch.forEach(state -> kept.put(state.location(), state));
            }
        });
    }

    public void delete(Collection<String> locations) {
        batches(List.copyOf(locations), batch -> {
            written(database.write(tx -> {
                tx.run(DELETE, Map.of("locations", batch)).consume();
                return nextGeneration(tx);
            }));
            if (kept != null) {
                batch.forEach(kept::remove);
            }
        });
    }

    private void keep(StateGeneration now, Map<String, SourceFileState> states, boolean onDisk) {
        generation = now;
        kept = states;
        snapshotCurrent = onDisk;
    }

    /**
     * After one of this store's writes: the kept states follow it while the graph's generation is the next one
     * (else another writer came in between, and they are no longer known). The copy on disk goes at the first.
     */
    private void written(StateGeneration after) {
        if (snapshot != null && !discarded) {
            snapshot.discard();
            discarded = true;
        }
        snapshotCurrent = false;
        boolean follows = generation == null ? after.number() == 1 && kept != null : generation.precedes(after);
        generation = follows ? after : null;
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

    private static StateGeneration generation(TransactionContext tx) {
        List<Record> rows = tx.run(GENERATION, Map.of("name", GENERATION_NAME)).list();
        return rows.isEmpty() ? null
                : new StateGeneration(rows.getFirst().get("id").asString(), rows.getFirst().get("number").asLong());
    }

    private static StateGeneration nextGeneration(TransactionContext tx) {
        Record row = tx.run(NEXT_GENERATION, Map.of("name", GENERATION_NAME)).single();
        return new StateGeneration(row.get("id").asString(), row.get("number").asLong());
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
