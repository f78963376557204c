package com.cataloggraph.model.query;

import java.util.List;

/**
 * One page of a listing and the opaque cursor of the next page (null on the last page).
 */
public record Page<T>(List<T> items, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
