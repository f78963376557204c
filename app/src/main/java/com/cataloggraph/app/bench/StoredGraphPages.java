package com.cataloggraph.app.bench;

import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Value;

/**
 * The stored graph read back page by page (in ref order), so the floor writes exactly the nodes and
 * relationships the ingest wrote without holding a large catalog in memory at once.
 */
final class StoredGraphPages {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** One entity: its labels and properties. */
    record Node(List<String> labels, Map<String, Object> properties) {
    }

    /** One relation: its ends, its type and its properties. */
    record Relationship(String source, String type, String target, Map<String, Object> properties) {
    }

    private final CatalogDatabase database;
    private final int pageSize;

    StoredGraphPages(CatalogDatabase database, int pageSize) {
        this.database = database;
        this.pageSize = pageSize;
    }

    /** Every entity, {@code pageSize} at a time. */
    void nodes(Consumer<List<Node>> page) {
        String after = "";
        while (true) {
            String from = after;
            List<Map.Entry<String, Node>> rows = database.read(tx -> tx.run(BenchCypher.NODES_PAGE,
                    Map.of("after", from, "limit", pageSize)).list(row -> Map.entry(row.get("ref").asString(),
                    new Node(row.get("labels").asList(Value::asString), row.get("props").asMap()))), TIMEOUT);
            if (rows.isEmpty()) {
                return;
            }
            page.accept(rows.stream().map(Map.Entry::getValue).toList());
            after = rows.getLast().getKey();
        }
    }

    /** Every relation between entities, those of {@code pageSize} source entities at a time. */
    void relationships(Consumer<List<Relationship>> page) {
        String after = "";
        while (true) {
            String from = after;
            // A row per source entity even without relations (type null), so paging advances past it.
            List<SourceRow> rows = database.read(tx -> tx.run(BenchCypher.RELATIONSHIPS_PAGE,
                    Map.of("after", from, "limit", pageSize)).list(row -> new SourceRow(row.get("source").asString(),
                    row.get("type").isNull() ? null : new Relationship(row.get("source").asString(),
                            row.get("type").asString(), row.get("target").asString(), row.get("props").asMap()))),
                    TIMEOUT);
            if (rows.isEmpty()) {
                return;
            }
            List<Relationship> relationships = new ArrayList<>();
            for (SourceRow row : rows) {
                after = row.source().compareTo(after) > 0 ? row.source() : after;
                if (row.relationship() != null) {
                    relationships.add(row.relationship());
                }
            }
            page.accept(relationships);
        }
    }

    private record SourceRow(String source, Relationship relationship) {
    }
}
