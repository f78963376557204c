package com.cataloggraph.model.entity;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.RelationType;

/**
 * A relation in its stored direction, the entity whose descriptor declared it (so the relation is
 * replaced when, and only when, that descriptor changes) and where in that descriptor it did.
 *
 * @param declaredAt the file, line and field of the declaration; null when not known (hand-built graphs)
 */
public record Relation(EntityRef source, RelationType type, EntityRef target, EntityRef declaredBy,
                       DeclarationSite declaredAt) {

    /** A relation whose declaration site is not known. */
    public Relation(EntityRef source, RelationType type, EntityRef target, EntityRef declaredBy) {
        this(source, type, target, declaredBy, null);
    }

    /** {@code source TYPE target}: the stored relationship this relation is, whoever declared it. */
    public String key() {
        return source.canonical() + " " + type.neo4jType() + " " + target.canonical();
    }
}
