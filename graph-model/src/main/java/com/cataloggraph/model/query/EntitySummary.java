package com.cataloggraph.model.query;

/**
 * What a list or a relation shows of an entity. {@code missing} marks a ref that relations
 * point at but no descriptor defines; {@code orphan} one whose descriptor disappeared.
 * {@code email} and {@code displayName} come from a Group's or User's profile; {@code source}
 * is where its descriptor's document starts, {@code file:line} (null for a missing entity, or when
 * the line was not recorded).
 */
public record EntitySummary(String ref, String kind, String namespace, String name, String title,
                            String description, String type, String lifecycle, String email, String displayName,
                            boolean missing, boolean orphan, String source) {

    /** A summary whose source is not known. */
    public EntitySummary(String ref, String kind, String namespace, String name, String title, String description,
                         String type, String lifecycle, String email, String displayName, boolean missing,
                         boolean orphan) {
        this(ref, kind, namespace, name, title, description, type, lifecycle, email, displayName, missing, orphan,
                null);
    }

    /** Title when set, else the name. */
    public String label() {
        return title != null && !title.isBlank() ? title : displayName != null ? displayName : name;
    }
}
