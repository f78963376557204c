package com.cataloggraph.app.bench;

import com.cataloggraph.app.neo4j.EmbeddedNeo4j;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The writing floor: the nodes and relationships the ingest stored, written again with plain
 * {@code UNWIND ... CREATE} into a fresh, empty embedded database over Bolt, as the ingest writes: one
 * transaction per page of {@code batchSize} entities (then per page of their relations). Bare, it has one
 * index (refs, so relationships find their ends), no constraints, no MERGE, no reconciling: the least any
 * writer of this graph must pay. With the catalog's schema (its constraints, range, text and full-text
 * indexes, as the ingest's database has them) it shows what keeping those indexes costs. Only the write
 * transactions are timed; reading the pages from the ingest's database is not.
 */
final class WriteFloor {

    static final String PHASE = "floor: UNWIND/CREATE";
    static final String PHASE_WITH_SCHEMA = "floor: UNWIND/CREATE + schema";

    private WriteFloor() {
    }

    /**
     * @param stored         the ingest's graph, read page by page
     * @param folder         an empty folder for the fresh database, deleted by the caller
     * @param pageCacheBytes the same page cache the ingest's database has
     * @param batchSize      entities per transaction, the ingest's write batch size
     * @param withSchema     true to create the catalog's schema first instead of the one ref index
     */
    static Measurement run(StoredGraphPages stored, Path folder, long pageCacheBytes, int batchSize,
                           boolean withSchema, ResourceMeter meter) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder, 0, pageCacheBytes);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.auth(),
                     Config.builder().withLogging(Logging.slf4j()).build())) {
            CatalogDatabase database = new CatalogDatabase(driver);
            meter.reset();
            AtomicLong writing = new AtomicLong();
            AtomicLong nodes = new AtomicLong();
            AtomicLong relationships = new AtomicLong();
            timed(writing, () -> {
                if (withSchema) {
                    CatalogSchema.apply(database);
                } else {
                    database.writeStatement(BenchCypher.FLOOR_REF_INDEX, Map.of());
                    database.writeStatement(BenchCypher.AWAIT_INDEXES, Map.of());
                }
            });
            stored.nodes(page -> {
                Map<Optional<Kind>, List<Map<String, Object>>> byKind = page.stream().collect(Collectors.groupingBy(
                        node -> kindOf(node.labels()), LinkedHashMap::new,
                        Collectors.mapping(StoredGraphPages.Node::properties, Collectors.toList())));
                timed(writing, () -> database.write(tx -> {
                    byKind.forEach((kind, rows) -> tx.run(BenchCypher.createNodes(kind.orElse(null)),
                            Map.of("rows", rows)).consume());
                    return null;
                }));
                nodes.addAndGet(page.size());
            });
            stored.relationships(page -> {
                Map<RelationType, List<Map<String, Object>>> byType = page.stream().collect(Collectors.groupingBy(
                        r -> RelationType.ofNeo4jType(r.type()).orElseThrow(), LinkedHashMap::new,
                        Collectors.mapping(WriteFloor::row, Collectors.toList())));
                if (!byType.isEmpty()) {
                    timed(writing, () -> database.write(tx -> {
                        byType.forEach((type, rows) -> tx.run(BenchCypher.createRelationships(type),
                                Map.of("rows", rows)).consume());
                        return null;
                    }));
                }
                relationships.addAndGet(page.size());
            });
            return new Measurement(withSchema ? PHASE_WITH_SCHEMA : PHASE, writing.get(), nodes.get(), nodes.get(),
                    relationships.get(), 0, meter.read(), Map.of());
        }
    }

    private static void timed(AtomicLong total, Runnable work) {
        long started = System.nanoTime();
        work.run();
        total.addAndGet(System.nanoTime() - started);
    }

    /** The kind label among a node's labels; empty for an entity of a kind Backstage does not define. */
    private static Optional<Kind> kindOf(List<String> labels) {
        return Arrays.stream(Kind.values()).filter(kind -> labels.contains(kind.label())).findFirst();
    }

    private static Map<String, Object> row(StoredGraphPages.Relationship relationship) {
        return Map.of("source", relationship.source(), "target", relationship.target(),
                "props", relationship.properties());
    }
}
