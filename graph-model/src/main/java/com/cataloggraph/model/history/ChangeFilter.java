package com.cataloggraph.model.history;

import java.time.Instant;
import java.util.Objects;

/**
 * Which recorded changes to list.
 *
 * @param since  changes recorded at or after this time
 * @param until  changes before this time, or null for up to now
 * @param around a canonical ref: changes of that entity and of relations to or from it; null for all
 * @param owner  a canonical ref: changes of entities it owned before or after the change; null for all
 */
public record ChangeFilter(Instant since, Instant until, String around, String owner) {

    public ChangeFilter {
        Objects.requireNonNull(since, "since");
    }

    public static ChangeFilter since(Instant since) {
        return new ChangeFilter(since, null, null, null);
    }

    public ChangeFilter around(String ref) {
        return new ChangeFilter(since, until, ref, owner);
    }

    public ChangeFilter ownedBy(String ref) {
        return new ChangeFilter(since, until, around, ref);
    }
}
