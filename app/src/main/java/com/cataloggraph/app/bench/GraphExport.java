package com.cataloggraph.app.bench;

import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * The stored graph read back as plain rows, so the floor writes exactly the nodes and relationships
 * the ingest wrote.
 *
 * @param nodes         each entity's labels and properties
 * @param relationships each relation's ends, type and properties
 */
record GraphExport(List<Node> nodes, List<Relationship> relationships) {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    record Node(List<String> labels, Map<String, Object> properties) {
    }

    record Relationship(String source, String type, String target, Map<String, Object> properties) {
    }

    static GraphExport of(CatalogDatabase database) {
        List<Node> nodes = database.read(tx -> tx.run(BenchCypher.EXPORT_NODES).list(row -> new Node(
                row.get("labels").asList(Value::asString), row.get("props").asMap())), TIMEOUT);
        List<Relationship> relationships = database.read(tx -> tx.run(BenchCypher.EXPORT_RELATIONSHIPS).list(row ->
                new Relationship(row.get("source").asString(), row.get("type").asString(),
                        row.get("target").asString(), row.get("props").asMap())), TIMEOUT);
        return new GraphExport(nodes, relationships);
    }
}
