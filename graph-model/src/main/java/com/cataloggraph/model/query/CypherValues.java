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
 *
 * <p>Each value is paid for from a {@link ResultBudget} in characters of its JSON form (roughly)
 * before it is copied, so a row larger than the budget stops the conversion part way instead of
 * being copied whole.
 */
final class CypherValues {

    /** What a number, a boolean or null costs, and the punctuation around a value. */
    private static final int SCALAR = 8;

    private final ResultBudget budget;

    CypherValues(ResultBudget budget) {
        this.budget = budget;
    }

    /** @throws ResultBudget.Exhausted when the row does not fit in what is left of the budget */
    Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            budget.spend(key.length() + 4);
            row.put(key, plain(record.get(key)));
        }
        return row;
    }

    private Object plain(Value value) {
        if (value == null || value.isNull()) {
            budget.spend(SCALAR);
            return null;
        }
        // The driver names list types by their element type ("LIST OF ANY?"), so lists are matched by prefix.
        String type = value.type().name().startsWith("LIST") ? "LIST" : value.type().name();
        return switch (type) {
            case "NODE" -> node(value.asNode());
            case "RELATIONSHIP" -> relationship(value.asRelationship(), null, null);
            case "PATH" -> path(value.asPath());
            case "LIST" -> list(value);
            case "MAP" -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String key : value.keys()) {
                    budget.spend(key.length() + 4);
                    map.put(key, plain(value.get(key)));
                }
                yield map;
            }
            case "BOOLEAN" -> spent(value.asBoolean());
            case "INTEGER" -> spent(value.asLong());
            case "FLOAT" -> spent(value.asDouble());
            case "STRING" -> text(value.asString());
            case "BYTES" -> text(value.asByteArray().length + " bytes");
            default -> text(value.asObject().toString());
        };
    }

    private List<Object> list(Value value) {
        budget.spend(2);
        List<Object> list = new ArrayList<>();
        for (Value element : value.values()) {
            list.add(plain(element));
        }
        return list;
    }

    private Object spent(Object scalar) {
        budget.spend(SCALAR);
        return scalar;
    }

    private String text(String text) {
        budget.spend(text.length() + 2L);
        return text;
    }

    private Map<String, Object> node(Node node) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        node.labels().forEach(label -> labels.add(text(label)));
        map.put("_labels", labels);
        for (String key : node.keys()) {
            budget.spend(key.length() + 4);
            map.put(key, plain(node.get(key)));
        }
        return map;
    }

    private Map<String, Object> relationship(Relationship relationship, String start, String end) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("_type", text(relationship.type()));
        if (start != null) {
            map.put("_start", text(start));
            map.put("_end", text(end));
        }
        for (String key : relationship.keys()) {
            budget.spend(key.length() + 4);
            map.put(key, plain(relationship.get(key)));
        }
        return map;
    }

    private List<Object> path(Path path) {
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
