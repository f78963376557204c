package com.cataloggraph.app.sync.webhook;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading a delivery's JSON: a missing required field is a {@link MalformedPayloadException} naming it. */
final class PayloadFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PayloadFields() {
    }

    static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new MalformedPayloadException("the body is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new MalformedPayloadException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The text at a dotted path ({@code project.path_with_namespace}); required. */
    static String text(JsonNode root, String path) {
        JsonNode node = at(root, path);
        if (!node.isString() || node.stringValue().isBlank()) {
            throw new MalformedPayloadException("field '" + path + "' is missing or not a non-empty string");
        }
        return node.stringValue();
    }

    /** The text at a dotted path, or null. */
    static String optional(JsonNode root, String path) {
        JsonNode node = at(root, path);
        return node.isString() ? node.stringValue() : null;
    }

    /** Every string of the arrays {@code fields} of each element of the array at {@code path}. */
    static List<String> strings(JsonNode root, String path, List<String> fields) {
        JsonNode array = at(root, path);
        if (!array.isArray()) {
            throw new MalformedPayloadException("field '" + path + "' is missing or not a list");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : array.values()) {
            for (String field : fields) {
                element.path(field).values().forEach(value -> {
                    if (value.isString()) {
                        values.add(value.stringValue());
                    }
                });
            }
        }
        return values;
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** {@code refs/heads/main} → {@code main}; null for a tag or anything else. */
    static String branch(String ref) {
        return ref != null && ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : null;
    }
}
