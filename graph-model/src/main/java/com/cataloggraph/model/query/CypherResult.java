package com.cataloggraph.model.query;

import java.util.List;
import java.util.Map;

/**
 * Rows of a user's read-only query.
 *
 * @param stoppedBy what cut the rows short, or null when every row is here
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, Cap stoppedBy) {

    /** The limit that stopped a result. */
    public enum Cap {
        /** the query had more rows than the row cap */
        ROWS,
        /** the rows so far reached the size cap (characters of their JSON form, roughly) */
        SIZE
    }

    /** True when rows were left out. */
    public boolean truncated() {
        return stoppedBy != null;
    }
}
