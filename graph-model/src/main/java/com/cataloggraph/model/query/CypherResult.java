package com.cataloggraph.model.query;

import java.util.List;
import java.util.Map;

/**
 * Rows of a user's read-only query.
 *
 * @param truncated true when the query had more rows than the cap allowed
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
}
