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
 * @param kind   changes of entities of this kind (any case); null for all
 */
public record ChangeFilter(Instant since, Instant until, String around, String owner, String kind) {

    public ChangeFilter {
        Objects.requireNonNull(since, "since");
    }

    public static ChangeFilter since(Instant since) {
        return new ChangeFilter(since, null, null, null, null);
    }

    public ChangeFilter until(Instant time) {
        return new ChangeFilter(since, time, around, owner, kind);
    }

    public ChangeFilter around(String ref) {
        return new ChangeFilter(since, until, ref, owner, kind);
    }

    public ChangeFilter ownedBy(String ref) {
        return new ChangeFilter(since, until, around, ref, kind);
    }

    public ChangeFilter ofKind(String entityKind) {
        return new ChangeFilter(since, until, around, owner, entityKind);
    }
}
