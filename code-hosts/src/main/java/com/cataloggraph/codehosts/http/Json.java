package com.cataloggraph.codehosts.http;

import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Reading the JSON hosts answer with, tolerant of missing and null fields. */
public final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /**
     * @param what names the body in the error, e.g. {@code GitLab's project list}
     * @throws HostException ({@link HostException.Reason#MALFORMED}) when it is not JSON
     */
    public static JsonNode parse(byte[] body, String what) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new HostException(HostException.Reason.MALFORMED, what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A value as JSON text, for request bodies. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The field as text, or null when it is missing or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    public static boolean flag(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }

    public static URI uri(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : URI.create(text);
    }
}
