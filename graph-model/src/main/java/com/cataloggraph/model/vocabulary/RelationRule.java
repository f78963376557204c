package com.cataloggraph.model.vocabulary;

/**
 * One row of Backstage's relation table: a spec field of a kind that names other entities.
 *
 * @param kind        the kind whose spec carries the field
 * @param field       the spec field, e.g. {@code owner} or {@code dependsOn}
 * @param defaultKind the kind assumed for a ref without one; null when the ref must carry it
 * @param type        the relation stored
 * @param reversed    true when the named entity is the relationship's source (e.g.
 *                    {@code dependencyOf}: the target depends on the declaring entity)
 * @param many        true for list fields
 */
public record RelationRule(Kind kind, String field, Kind defaultKind, RelationType type, boolean reversed,
                           boolean many) {

    /** The relation as Backstage names it from the declaring entity, e.g. {@code dependencyOf}. */
    public String relationName() {
        return type.nameFrom(!reversed);
    }
}
