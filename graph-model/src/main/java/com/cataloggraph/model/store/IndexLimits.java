package com.cataloggraph.model.store;

import java.nio.charset.StandardCharsets;

/**
 * How long a string Neo4j's indexes on the catalog ({@link CatalogSchema}) accept. A longer value
 * fails the whole write transaction ("Property value is too large to index"), so the ingester
 * checks values against these before it writes. Measured on Neo4j 2026.08.1 (range index provider
 * {@code range-1.0}); {@code IndexLimitsTest} writes values at and just past each limit, so a Neo4j
 * that moves them fails the build instead of an ingest.
 *
 * <ul>
 *   <li>range indexes (the unique {@code ref}, {@code repository}, {@code repositoryUrl},
 *       {@code sourceFile}, {@code SourceFile.location} and {@code .source}): {@value #RANGE_INDEX_BYTES}
 *       UTF-8 bytes for one string;</li>
 *   <li>the composite range index {@code (kind, type)}: both strings together at most
 *       {@value #KIND_AND_TYPE_BYTES} bytes;</li>
 *   <li>the text index on {@code ref}: 32,766 bytes (Lucene's term limit), above the range limit, so the
 *       range limit is the one that holds;</li>
 *   <li>the full-text index ({@code name}, {@code title}, {@code description}, {@code tagText}): no
 *       limit, it indexes words.</li>
 * </ul>
 */
public final class IndexLimits {

    /** UTF-8 bytes of one string in a range index. */
    public static final int RANGE_INDEX_BYTES = 8_164;
    /** UTF-8 bytes of kind and type together in the composite (kind, type) index. */
    public static final int KIND_AND_TYPE_BYTES = 8_161;

    private IndexLimits() {
    }

    public static int utf8Bytes(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }
}
