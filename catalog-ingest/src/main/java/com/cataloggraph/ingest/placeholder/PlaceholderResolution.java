package com.cataloggraph.ingest.placeholder;

import java.util.Map;

/**
 * An entity with its placeholders replaced.
 *
 * @param entity         the document with content in place of each resolvable placeholder
 * @param inputs         every file a placeholder read or looked for, by tree path: its SHA-256, or
 *                       {@code missing}; a later run re-reads them to know whether the entity changed
 * @param definitionPath for an API whose {@code spec.definition} was read from a file, that file's
 *                       path inside the repository; else null
 */
public record PlaceholderResolution(Map<String, Object> entity, Map<String, String> inputs, String definitionPath) {

    public static final String MISSING = "missing";

    public PlaceholderResolution {
        inputs = Map.copyOf(inputs);
    }
}
