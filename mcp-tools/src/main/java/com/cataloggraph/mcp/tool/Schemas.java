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

    /**
     * An entity in an answer, as {@link EntityView} writes it: its canonical ref, and title, type,
     * lifecycle, email and missing when known. Defined once per schema, as the items of {@link #ENTITIES}
     * under {@code $defs}, and referred to from wherever it appears.
     */
    public static final Map<String, Object> ENTITY = map("$ref", "#/$defs/l/items");

    /**
     * A field named but not typed, for the descriptive fields of entities in answers (title, type, lifecycle,
     * email: strings; missing: true when set), which every tool shows alike: naming them tells an agent what
     * an item holds, typing each one again in every schema would cost tokens on every session.
     */
    public static final Map<String, Object> ANY = Map.of();

    /** The entity's fields by name, the ref typed. */
    private static final Map<String, Object> ENTITY_DEFINITION = map("properties", map("ref", map("type", "string"),
            "title", ANY, "type", ANY, "lifecycle", ANY, "email", ANY, "missing", ANY));

    /** Entities in an answer: a list of {@link #ENTITY}, defined once under {@code $defs} too. */
    public static final Map<String, Object> ENTITIES = map("$ref", "#/$defs/l");

    private static final Map<String, Object> ENTITIES_DEFINITION = map("items", ENTITY_DEFINITION);

    /** A list that may be cut short: {@code total} (how many in all) and {@code items} (the first entities). */
    public static final Map<String, Object> SLICE = nested(field("total", integer()), field("items", ENTITIES));

    /** Entities of one kind, cut short like {@link #SLICE}: what a team owns, what a system is made of. */
    public static final Map<String, Object> KIND_SLICE = nested(field("kind", string()), field("total", integer()),
            field("items", ENTITIES));

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

    /**
     * A field of an answer. Answer schemas name their fields and types but list none as required except
     * {@code lastIngestAt}: which fields an answer always has is the tool's output record, and a
     * {@code required} list per object would cost every agent tokens on every session for little.
     */
    public static Property field(String name, Map<String, Object> schema) {
        return new Property(name, schema, false);
    }

    /**
     * An object inside an answer: its properties by name, without {@code type} and {@code required} (an
     * answer's object is always an object; which of its fields are always there the tool's description
     * and the record say), because every byte of every schema is paid on every session.
     */
    public static Map<String, Object> nested(Property... properties) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Property property : properties) {
            if (props.put(property.name(), property.schema()) != null) {
                throw new IllegalArgumentException("Property " + property.name() + " is declared twice");
            }
        }
        return map("properties", props);
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
     * An answer's schema: the tool's own properties, plus {@code lastIngestAt} (when the catalog last
     * finished an ingest, null if never), which every answer carries, and the entity definition when a
     * property uses {@link #ENTITY}. An answer cut short also carries {@code note} (how to get the rest),
     * which the server's instructions say once for all tools.
     */
    public static Map<String, Object> output(Property... properties) {
        Property[] all = new Property[properties.length + 1];
        System.arraycopy(properties, 0, all, 0, properties.length);
        all[properties.length] = required("lastIngestAt", map("type", List.of("string", "null")));
        Map<String, Object> schema = object(all);
        // Every answer has lastIngestAt (the server's instructions say so); a required list costs tokens.
        schema.remove("required");
        if (uses(schema, ENTITY) || uses(schema, ENTITIES)) {
            schema.put("$defs", map("l", ENTITIES_DEFINITION));
        }
        return schema;
    }

    private static boolean uses(Object schema, Map<String, Object> part) {
        if (schema == part) {
            return true;
        }
        if (schema instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(value -> uses(value, part));
        }
        if (schema instanceof List<?> list) {
            return list.stream().anyMatch(value -> uses(value, part));
        }
        return false;
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

    /** A list in an answer: its items' schema ({@code items} says it is a list; no {@code type}, to save tokens). */
    public static Map<String, Object> list(Map<String, Object> items) {
        return items == ENTITY ? ENTITIES : map("items", items);
    }

    public static Map<String, Object> anyObject() {
        return map("type", "object");
    }

    /** A row of a query's answer: one value per column. */
    public static Map<String, Object> row() {
        return map("type", "object", "description", "column: value");
    }

    public static Map<String, Object> nullable(String type) {
        return map("type", List.of(type, "null"));
    }
}
