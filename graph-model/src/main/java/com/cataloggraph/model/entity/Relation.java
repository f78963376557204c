package com.cataloggraph.model.entity;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.RelationType;

/**
 * A relation in its stored direction, and the entity whose descriptor declared it (so the
 * relation is replaced when, and only when, that descriptor changes).
 */
public record Relation(EntityRef source, RelationType type, EntityRef target, EntityRef declaredBy) {
}
