package com.cataloggraph.ingest.state;

import java.util.Objects;

/**
 * Which version of the stored {@code :SourceFile} states the graph holds: every transaction that saves or deletes
 * states counts {@code number} up by one, and {@code id} names the database's count (a new or emptied database
 * starts another), so two reads that see the same generation saw the same states.
 */
record StateGeneration(String id, long number) {

    StateGeneration {
        Objects.requireNonNull(id, "id");
    }

    /** Whether {@code later} is the generation one more write after this one. */
    boolean precedes(StateGeneration later) {
        return id.equals(later.id) && later.number == number + 1;
    }
}
