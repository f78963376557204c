package com.cataloggraph.model.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the records back from query results. The projections here are the only place that
 * knows which node properties make a summary.
 */
public final class EntityMapping {

    /** Cypher map projection of a summary; {@code %s} is the node variable. */
    static final String SUMMARY = "%s {.ref, .kind, .namespace, .name, .title, .description, .type, .lifecycle, "
            + ".email, .displayName, .missing, .orphan, .sourceFile, .sourceLine}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EntityMapping() {
    }

    /** The summary projection of the node bound to {@code variable}. */
    static String summaryOf(String variable) {
        return SUMMARY.formatted(variable);
    }

    public static EntitySummary summary(Value value) {
        return new EntitySummary(
                text(value, "ref"), text(value, "kind"), text(value, "namespace"), text(value, "name"),
                text(value, "title"), text(value, "description"), text(value, "type"), text(value, "lifecycle"),
                text(value, "email"), text(value, "displayName"),
                value.get("missing").asBoolean(false), value.get("orphan").asBoolean(false), citation(value));
    }

    /** {@code file:line} of a summary or node; null unless both are recorded (hand-built or older graphs). */
    private static String citation(Value value) {
        String file = text(value, "sourceFile");
        Integer line = integer(value, "sourceLine");
        return file == null || line == null ? null : file + ":" + line;
    }

    /** Where a node's descriptor was read, or null for a node no descriptor defines. */
    static EntitySource source(Value node) {
        String file = text(node, "sourceFile");
        if (file == null || node.get("missing").asBoolean(false)) {
            return null;
        }
        return new EntitySource(text(node, "repository"), file, integer(node, "sourceDocument"),
                integer(node, "sourceLine"), integer(node, "sourceEndLine"), text(node, "sourceCommit"),
                text(node, "sourceHash"), text(node, "sourceUrl"), text(node, "sourceVia"), text(node, "updatedAt"));
    }

    static Integer integer(Value value, String key) {
        Value field = value.get(key);
        return field == null || field.isNull() ? null : field.asInt();
    }

    /** A whole node (or a map with all its properties) as a stored entity. */
    public static StoredEntity stored(Value node) {
        return new StoredEntity(summary(node), text(node, "apiVersion"), strings(node.get("tags")),
                keyValues(node.get("labels")), keyValues(node.get("annotations")),
                jsonList(text(node, "links")), jsonMap(text(node, "spec")), text(node, "definition"),
                text(node, "definitionPath"), text(node, "picture"), text(node, "repository"),
                text(node, "repositoryUrl"), text(node, "sourceFile"), text(node, "sourceLocation"),
                text(node, "updatedAt"), source(node), text(node, "orphanedAt"), text(node, "orphanedRun"));
    }

    static String text(Value value, String key) {
        Value field = value.get(key);
        return field == null || field.isNull() ? null : field.asString();
    }

    static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** Reverses the {@code key=value} list form labels and annotations are stored in. */
    static Map<String, String> keyValues(Value value) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String entry : strings(value)) {
            int eq = entry.indexOf('=');
            result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
        }
        return result;
    }

    private static Map<String, Object> jsonMap(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private static List<Map<String, Object>> jsonList(String json) {
        return json == null ? List.of()
                : JSON.readValue(json, new TypeReference<ArrayList<Map<String, Object>>>() { });
    }
}
