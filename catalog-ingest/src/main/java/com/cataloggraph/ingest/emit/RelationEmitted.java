package com.cataloggraph.ingest.emit;

import com.cataloggraph.model.entity.Relation;
import java.util.Objects;

/** A relation derived from a spec field of an emitted entity (its {@code declaredBy}). */
public record RelationEmitted(Relation relation) implements Emission {

    public RelationEmitted {
        Objects.requireNonNull(relation, "relation");
    }
}
