package com.cataloggraph.model.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * Backstage's relation pairs. Each pair is stored once, as a Neo4j relationship of
 * {@link #neo4jType()} in the forward direction; the inverse name is what a reader sees when
 * it traverses the relationship the other way.
 */
public enum RelationType {
    OWNED_BY("ownedBy", "ownerOf"),
    DEPENDS_ON("dependsOn", "dependencyOf"),
    PROVIDES_API("providesApi", "apiProvidedBy"),
    CONSUMES_API("consumesApi", "apiConsumedBy"),
    PART_OF("partOf", "hasPart"),
    MEMBER_OF("memberOf", "hasMember"),
    CHILD_OF("childOf", "parentOf");

    private final String forwardName;
    private final String inverseName;

    RelationType(String forwardName, String inverseName) {
        this.forwardName = forwardName;
        this.inverseName = inverseName;
    }

    /** The Neo4j relationship type, e.g. {@code OWNED_BY}. */
    public String neo4jType() {
        return name();
    }

    /** Backstage's name read from the source, e.g. {@code ownedBy}. */
    public String forwardName() {
        return forwardName;
    }

    /** Backstage's name read from the target, e.g. {@code ownerOf}. */
    public String inverseName() {
        return inverseName;
    }

    /** The relation name as seen from one end: forward from the source, inverse from the target. */
    public String nameFrom(boolean fromSource) {
        return fromSource ? forwardName : inverseName;
    }

    /** The type with this Neo4j type name. */
    public static Optional<RelationType> ofNeo4jType(String type) {
        return Arrays.stream(values()).filter(t -> t.name().equals(type)).findFirst();
    }

    /** The type whose forward or inverse Backstage name is this one (e.g. {@code dependencyOf}). */
    public static Optional<RelationType> ofBackstageName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.forwardName.equalsIgnoreCase(name) || t.inverseName.equalsIgnoreCase(name))
                .findFirst();
    }
}
