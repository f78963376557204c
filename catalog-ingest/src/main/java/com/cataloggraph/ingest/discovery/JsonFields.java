package com.cataloggraph.ingest.discovery;

import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the few JSON fields discovery needs, tolerant of missing and null ones. */
final class JsonFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFields() {
    }

    static JsonNode parse(byte[] body, String what) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new DiscoveryException(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The field as text, or null when it is missing or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    static boolean flag(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }

    static URI uri(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : URI.create(text);
    }
}
