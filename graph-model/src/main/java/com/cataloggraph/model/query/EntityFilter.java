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
 */
public record EntityFilter(String kind, String type, String lifecycle, String owner, String system, String domain,
                           String tag, String namespace, String text, boolean includeMissing) {

    public static final EntityFilter NONE = new EntityFilter(null, null, null, null, null, null, null, null, null,
            false);

    public static EntityFilter ofKind(String kind) {
        return NONE.withKind(kind);
    }

    public EntityFilter withKind(String value) {
        return new EntityFilter(value, type, lifecycle, owner, system, domain, tag, namespace, text, includeMissing);
    }

    public EntityFilter withType(String value) {
        return new EntityFilter(kind, value, lifecycle, owner, system, domain, tag, namespace, text, includeMissing);
    }

    public EntityFilter withOwner(String value) {
        return new EntityFilter(kind, type, lifecycle, value, system, domain, tag, namespace, text, includeMissing);
    }

    public EntityFilter withTag(String value) {
        return new EntityFilter(kind, type, lifecycle, owner, system, domain, value, namespace, text, includeMissing);
    }

    /** The filter as a cursor is bound to it: every field in order, lowercased, as the queries compare them. */
    public String key() {
        return Stream.of(kind, type, lifecycle, owner, system, domain, tag, namespace, text)
                .map(value -> value == null ? "" : value.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|", "entities|", "|" + includeMissing));
    }
}
