package com.cataloggraph.ingest.placeholder;

import java.util.Map;
import java.util.Set;

/**
 * Backstage's placeholder convention: an object whose only key is {@code $<resolver>} with a
 * string value stands for content read from elsewhere. Objects with other keys (JSON Schema's
 * {@code $ref} beside {@code type}) and unknown resolvers are ordinary data.
 */
public final class Placeholders {

    /** Resolvers that read the file as text; {@code $openapi}/{@code $asyncapi} are read as text too (not bundled). */
    static final Set<String> TEXT = Set.of("$text", "$openapi", "$asyncapi");
    static final String JSON = "$json";
    static final String YAML = "$yaml";

    private Placeholders() {
    }

    /** The placeholder key of a value, or null when the value is not a placeholder. */
    static String keyOf(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            if (entry.getKey() instanceof String key && (TEXT.contains(key) || key.equals(JSON) || key.equals(YAML))
                    && entry.getValue() instanceof String) {
                return key;
            }
        }
        return null;
    }

    /**
     * True for a placeholder left in place: its URL is remote, its source did not fetch the file, or it
     * could not be read (that problem is reported on its own). An API's {@code definition} may be one.
     */
    public static boolean isPlaceholder(Object value) {
        return keyOf(value) != null;
    }
}
