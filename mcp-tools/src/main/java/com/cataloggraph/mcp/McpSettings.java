package com.cataloggraph.mcp;

import java.time.Duration;
import java.util.List;

/**
 * How the MCP server bounds its answers and whom it serves over HTTP.
 *
 * @param maxItems       the most items any list in an answer holds (also the largest page)
 * @param queryRowLimit  the most rows query_graph returns
 * @param queryTimeout   how long a query_graph query may run
 * @param maxAnswerChars query_graph stops adding rows once its answer would pass this many characters
 * @param allowedOrigins browser origins allowed to call /mcp besides loopback ones
 *                       ({@code http://localhost:*}, {@code http://127.0.0.1:*}); {@code :*} allows any port
 * @param databaseWait   how long a request waits for a database that is still opening (stdio starts serving
 *                       before the database is open) before it fails saying so
 * @param version        the version the server reports in {@code serverInfo}
 */
public record McpSettings(int maxItems, int queryRowLimit, Duration queryTimeout, int maxAnswerChars,
                          List<String> allowedOrigins, Duration databaseWait, String version) {

    public static final Duration DEFAULT_DATABASE_WAIT = Duration.ofMinutes(3);

    public static final McpSettings DEFAULTS = new McpSettings(50, 50, Duration.ofSeconds(10), 20_000, List.of(),
            DEFAULT_DATABASE_WAIT, "0.1.0");

    public McpSettings {
        if (maxItems < 1 || maxItems > 1000) {
            throw new IllegalArgumentException("catalog.mcp.max-items must be 1..1000, was " + maxItems);
        }
        if (queryRowLimit < 1 || queryRowLimit > 10_000) {
            throw new IllegalArgumentException("catalog.mcp.query-row-limit must be 1..10000, was " + queryRowLimit);
        }
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("catalog.mcp.query-timeout must be positive, was " + queryTimeout);
        }
        if (maxAnswerChars < 1000) {
            throw new IllegalArgumentException("catalog.mcp.max-answer-chars must be at least 1000, was "
                    + maxAnswerChars);
        }
        if (databaseWait == null || databaseWait.isNegative()) {
            throw new IllegalArgumentException("catalog.mcp.database-wait must be zero or positive, was "
                    + databaseWait);
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        version = version == null || version.isBlank() ? "0.1.0" : version;
    }

    /** The same settings with another version, as the packaged jar reports it. */
    public McpSettings withVersion(String value) {
        return new McpSettings(maxItems, queryRowLimit, queryTimeout, maxAnswerChars, allowedOrigins, databaseWait,
                value);
    }
}
