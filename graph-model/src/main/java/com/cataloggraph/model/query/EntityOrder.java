package com.cataloggraph.model.query;

/**
 * How a listing is sorted: by one field, then by ref (so the order is total and pages are stable).
 *
 * @param field      what to sort by
 * @param descending largest first
 */
public record EntityOrder(Field field, boolean descending) {

    /** By ref, ascending: the order listings have always had. */
    public static final EntityOrder BY_REF = new EntityOrder(Field.REF, false);

    public EntityOrder {
        field = field == null ? Field.REF : field;
    }

    /** What a listing can be sorted by; text compares case-insensitively and an absent value sorts first. */
    public enum Field {
        /** The canonical ref. */
        REF("n.ref"),
        /** What people read: title, else a profile's display name, else the name. */
        NAME("toLower(coalesce(n.title, n.displayName, n.name))"),
        KIND("toLower(n.kind)"),
        TYPE("toLower(coalesce(n.type, ''))"),
        LIFECYCLE("toLower(coalesce(n.lifecycle, ''))");

        private final String cypher;

        Field(String cypher) {
            this.cypher = cypher;
        }

        /** The sort key as a Cypher expression over {@code n}. */
        String cypher() {
            return cypher;
        }
    }
}
