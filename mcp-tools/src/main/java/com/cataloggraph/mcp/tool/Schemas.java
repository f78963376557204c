package com.cataloggraph.mcp.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the tools' JSON schemas as compact maps. Every byte of a schema is paid for by every
 * agent on every session ({@code tools/list}), so schemas say what a client needs to call and
 * parse, and the descriptions carry the rest.
 */
public final class Schemas {

    /** An entity in an answer: always its canonical ref; title, type, lifecycle, email, missing when known. */
    public static final Map<String, Object> ENTITY = map("type", "object", "required", List.of("ref"));

    /** A list that may be cut short: {@code total} (how many in all) and {@code items} (the first entities). */
    public static final Map<String, Object> SLICE = map("type", "object", "required", List.of("total", "items"));

    /** Entities of one kind, cut short like {@link #SLICE}: what a team owns, what a system is made of. */
    public static final Map<String, Object> KIND_SLICE = map("type", "object", "required",
            List.of("kind", "total", "items"));

    private Schemas() {
    }

    /** A map in the order written, so {@code tools/list} reads the same on every run. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** One property of an object schema. */
    public record Property(String name, Map<String, Object> schema, boolean required) {
    }

    public static Property required(String name, Map<String, Object> schema) {
        return new Property(name, schema, true);
    }

    public static Property optional(String name, Map<String, Object> schema) {
        return new Property(name, schema, false);
    }

    public static Map<String, Object> object(Property... properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property property : properties) {
            if (props.put(property.name(), property.schema()) != null) {
                throw new IllegalArgumentException("Property " + property.name() + " is declared twice");
            }
            if (property.required()) {
                required.add(property.name());
            }
        }
        schema.put("properties", props);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    /**
     * An answer's schema: the tool's own properties, plus {@code lastIngestAt} (when the catalog
     * last finished an ingest, null if never) and {@code note} (how to get more when cut short),
     * which every answer carries.
     */
    public static Map<String, Object> output(Property... properties) {
        Property[] all = new Property[properties.length + 2];
        System.arraycopy(properties, 0, all, 0, properties.length);
        all[properties.length] = required("lastIngestAt", map("type", List.of("string", "null")));
        all[properties.length + 1] = optional("note", string());
        return object(all);
    }

    public static Map<String, Object> string() {
        return map("type", "string");
    }

    public static Map<String, Object> string(String description) {
        return map("type", "string", "description", description);
    }

    public static Map<String, Object> integer(int minimum, int maximum, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "integer");
        schema.put("minimum", minimum);
        schema.put("maximum", maximum);
        if (description != null) {
            schema.put("description", description);
        }
        return schema;
    }

    public static Map<String, Object> integer() {
        return map("type", "integer");
    }

    public static Map<String, Object> bool() {
        return map("type", "boolean");
    }

    public static Map<String, Object> array(Map<String, Object> items) {
        return map("type", "array", "items", items);
    }

    public static Map<String, Object> anyObject() {
        return map("type", "object");
    }

    public static Map<String, Object> nullable(String type) {
        return map("type", List.of(type, "null"));
    }
}
