package com.cataloggraph.model.query;

import java.util.Map;

/**
 * Size and health of the catalog.
 *
 * @param entitiesByKind defined entities per kind
 * @param relations      stored relationships
 * @param missing        refs that relations point at but no descriptor defines
 * @param orphans        entities whose descriptor disappeared
 * @param lastRun        the most recent finished ingest run, or null before the first
 */
public record CatalogStats(Map<String, Long> entitiesByKind, long relations, long missing, long orphans,
                           IngestRunRecord lastRun) {
}
