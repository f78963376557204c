package com.cataloggraph.model.query;

import java.util.List;
import java.util.Map;

/**
 * An entity as stored, with everything its descriptor said and where it came from.
 *
 * @param links       metadata.links, each a map of url, title, icon, type
 * @param spec        the spec without {@code definition}
 * @param definition  an API's definition text, or null
 * @param source      its file, lines and version; null for a missing entity
 * @param orphanedAt  when it became an orphan (ISO-8601), or null
 * @param orphanedRun the ingest run that found its descriptor gone, or null
 */
public record StoredEntity(EntitySummary summary, String apiVersion, List<String> tags, Map<String, String> labels,
                           Map<String, String> annotations, List<Map<String, Object>> links, Map<String, Object> spec,
                           String definition, String definitionPath, String picture, String repository,
                           String repositoryUrl, String sourceFile, String sourceLocation, String updatedAt,
                           EntitySource source, String orphanedAt, String orphanedRun) {

    public String ref() {
        return summary.ref();
    }
}
