package com.cataloggraph.model.query;

import java.util.Map;

/**
 * One ingest run as recorded in the graph.
 *
 * @param startedAt  ISO-8601 instant
 * @param finishedAt ISO-8601 instant, or null while running (or if the process died)
 * @param status     {@code running}, {@code succeeded}, {@code failed}
 * @param source     what was ingested (paths, discovery source)
 * @param counts     numeric results: entities, relations, errors, files read and skipped, ...
 */
public record IngestRunRecord(String id, String startedAt, String finishedAt, String status, String source,
                              Map<String, Long> counts) {
}
