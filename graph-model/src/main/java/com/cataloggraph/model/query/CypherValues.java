package com.cataloggraph.model.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Converts query results into plain JSON-ready values: nodes become their properties plus
 * {@code _labels}, relationships their properties plus {@code _type}, {@code _start} and
 * {@code _end} (the refs of their ends when known), temporal values ISO-8601 strings.
 */
public final class CypherValues {

    private CypherValues() {
    }

    public static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            row.put(key, plain(record.get(key)));
        }
        return row;
    }

    public static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        // The driver names list types by their element type ("LIST OF ANY?"), so lists are matched by prefix.
        String type = value.type().name().startsWith("LIST") ? "LIST" : value.type().name();
        return switch (type) {
            case "NODE" -> node(value.asNode());
            case "RELATIONSHIP" -> relationship(value.asRelationship(), null, null);
            case "PATH" -> path(value.asPath());
            case "LIST" -> value.asList(CypherValues::plain);
            case "MAP" -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.keys().forEach(key -> map.put(key, plain(value.get(key))));
                yield map;
            }
            case "BOOLEAN" -> value.asBoolean();
            case "INTEGER" -> value.asLong();
            case "FLOAT" -> value.asDouble();
            case "STRING" -> value.asString();
            case "BYTES" -> value.asByteArray().length + " bytes";
            default -> value.asObject().toString();
        };
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        map.put("_labels", labels);
        node.keys().forEach(key -> map.put(key, plain(node.get(key))));
        return map;
    }

    private static Map<String, Object> relationship(Relationship relationship, String start, String end) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("_type", relationship.type());
        if (start != null) {
            map.put("_start", start);
            map.put("_end", end);
        }
        relationship.keys().forEach(key -> map.put(key, plain(relationship.get(key))));
        return map;
    }

    private static List<Object> path(Path path) {
        List<Object> parts = new ArrayList<>();
        Map<String, String> refByElementId = new LinkedHashMap<>();
        path.nodes().forEach(node -> refByElementId.put(node.elementId(),
                node.containsKey("ref") ? node.get("ref").asString() : node.elementId()));
        parts.add(node(path.start()));
        for (Path.Segment segment : path) {
            Relationship r = segment.relationship();
            parts.add(relationship(r, refByElementId.get(r.startNodeElementId()),
                    refByElementId.get(r.endNodeElementId())));
            parts.add(node(segment.end()));
        }
        return parts;
    }
}
