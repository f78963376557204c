package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collection;
import java.util.List;

/**
 * An entity as answers show it: its canonical ref, and only what tells it apart. Absent fields
 * are left out of the JSON; {@code missing} appears only for a ref that relations point at but
 * no descriptor defines.
 *
 * @param at       for the entity an answer is about (or a single fact such as an owner), where it is written,
 *                 {@code file:line}; in the structured content
 * @param citation for an entity listed in an answer, where the fact it is listed for is written (see
 *                 {@link Citations}); shown in the text only, so long lists stay cheap
 */
public record EntityView(String ref, String title, String type, String lifecycle, String email, Boolean missing,
                         String at, @JsonIgnore String citation) {

    public EntityView(String ref, String title, String type, String lifecycle, String email, Boolean missing) {
        this(ref, title, type, lifecycle, email, missing, null, null);
    }

    public static EntityView of(EntitySummary entity) {
        return of(entity, null);
    }

    /** A view of one fact written at {@code at} ({@code file:line}). */
    public static EntityView of(EntitySummary entity, String at) {
        String title = entity.title() != null ? entity.title() : entity.displayName();
        return new EntityView(entity.ref(), title, entity.type(), entity.lifecycle(), entity.email(),
                entity.missing() ? Boolean.TRUE : null, at, null);
    }

    /** An entity listed in an answer, citing (in the text) where the fact it is listed for is written. */
    public static EntityView listed(EntitySummary entity, String citation) {
        return of(entity).withCitation(citation);
    }

    /** The entity an answer is about, citing its own descriptor ({@code file:line}). */
    public static EntityView subject(EntitySummary entity) {
        return of(entity, entity.source());
    }

    /** Entities listed for themselves, each citing its own descriptor, compacted in order from {@code firstFile}. */
    public static List<EntityView> cited(Collection<EntitySummary> entities, String firstFile) {
        Citations.Line citations = new Citations.Line(firstFile);
        return entities.stream().map(e -> listed(e, citations.compact(e.source()))).toList();
    }

    public static List<EntityView> of(Collection<EntitySummary> entities) {
        return entities.stream().map(EntityView::of).toList();
    }

    public EntityView withCitation(String text) {
        return new EntityView(ref, title, type, lifecycle, email, missing, at, text);
    }

    /** The file of this view's own {@code at}, or null: the file an answer's first {@code :line} refers to. */
    @JsonIgnore
    public String file() {
        return Citations.fileOf(at);
    }
}
