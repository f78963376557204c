package com.cataloggraph.model.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A relation as read from one of its ends: {@code dependsOn} from the dependent, {@code dependencyOf}
 * from what it depends on. A path hop is named by the reading from its left side.
 *
 * @param forward true when read from the source of the stored relationship
 */
public record RelationReading(RelationType type, boolean forward) {

    /** Backstage's name for this reading, e.g. {@code apiProvidedBy}. */
    public String backstageName() {
        return type.nameFrom(forward);
    }

    /** The same relation read from the other end. */
    public RelationReading inverse() {
        return new RelationReading(type, !forward);
    }

    /** The reading with this Backstage name, in any case. */
    public static Optional<RelationReading> of(String backstageName) {
        return all().stream().filter(r -> r.backstageName().equalsIgnoreCase(backstageName)).findFirst();
    }

    /** Every reading: each relation type forward, then inverse. */
    public static List<RelationReading> all() {
        return Arrays.stream(RelationType.values())
                .flatMap(type -> java.util.stream.Stream.of(new RelationReading(type, true),
                        new RelationReading(type, false)))
                .toList();
    }
}
