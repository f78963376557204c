package com.cataloggraph.model.query;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Filters shared by listing and search; null fields do not filter. Refs ({@code owner},
 * {@code system}, {@code domain}) are canonical.
 *
 * @param kind           kind, any case (e.g. {@code component})
 * @param text           case-insensitive substring of ref, title or description
 * @param includeMissing also list refs that no descriptor defines
 * @param hasProblems    true: only entities whose descriptor file had problems in its last ingest
 *                       ({@code :SourceFile.problems}); false: only those whose file had none
 * @param orphan         true: only orphans; false: no orphans
 * @param missing        true: only refs that no descriptor defines (implies {@code includeMissing});
 *                       false: only defined entities
 */
public record EntityFilter(String kind, String type, String lifecycle, String owner, String system, String domain,
                           String tag, String namespace, String text, boolean includeMissing, Boolean hasProblems,
                           Boolean orphan, Boolean missing) {

    public static final EntityFilter NONE = new EntityFilter(null, null, null, null, null, null, null, null, null,
            false);

    /** A filter on the descriptor's fields and relations only (no problem, orphan or missing condition). */
    public EntityFilter(String kind, String type, String lifecycle, String owner, String system, String domain,
                        String tag, String namespace, String text, boolean includeMissing) {
        this(kind, type, lifecycle, owner, system, domain, tag, namespace, text, includeMissing, null, null, null);
    }

    public static EntityFilter ofKind(String kind) {
        return NONE.withKind(kind);
    }

    public EntityFilter withKind(String value) {
        return new EntityFilter(value, type, lifecycle, owner, system, domain, tag, namespace, text, includeMissing,
                hasProblems, orphan, missing);
    }

    public EntityFilter withType(String value) {
        return new EntityFilter(kind, value, lifecycle, owner, system, domain, tag, namespace, text, includeMissing,
                hasProblems, orphan, missing);
    }

    public EntityFilter withOwner(String value) {
        return new EntityFilter(kind, type, lifecycle, value, system, domain, tag, namespace, text, includeMissing,
                hasProblems, orphan, missing);
    }

    public EntityFilter withTag(String value) {
        return new EntityFilter(kind, type, lifecycle, owner, system, domain, value, namespace, text, includeMissing,
                hasProblems, orphan, missing);
    }

    public EntityFilter withProblems(Boolean value) {
        return new EntityFilter(kind, type, lifecycle, owner, system, domain, tag, namespace, text, includeMissing,
                value, orphan, missing);
    }

    /** The same filter with its owner, system and domain refs replaced (e.g. partial refs resolved to canonical ones). */
    public EntityFilter withRefs(String ownerRef, String systemRef, String domainRef) {
        return new EntityFilter(kind, type, lifecycle, ownerRef, systemRef, domainRef, tag, namespace, text,
                includeMissing, hasProblems, orphan, missing);
    }

    /** The filter as a cursor is bound to it: every field in order, lowercased, as the queries compare them. */
    public String key() {
        return Stream.of(kind, type, lifecycle, owner, system, domain, tag, namespace, text)
                .map(value -> value == null ? "" : value.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|", "entities|", "|" + includeMissing + "|" + hasProblems + "|" + orphan
                        + "|" + missing));
    }
}
