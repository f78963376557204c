package com.cataloggraph.model.entity;

import java.util.Objects;

/**
 * Where a relation was declared: the descriptor file, the line of the field's value and the field,
 * e.g. {@code payments/catalog-info.yaml:14:spec.dependsOn[2]}. Stored on the relationship, beside
 * the entity that declared it, in this text form ({@link #text()}).
 *
 * @param file  the descriptor's path as reports name it (relative to the ingest root)
 * @param line  the line of the value, from 1
 * @param field the field, e.g. {@code spec.owner} or {@code spec.dependsOn[2]}
 */
public record DeclarationSite(String file, int line, String field) {

    public DeclarationSite {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /** {@code file:line:field}; the field never holds a colon, so the text reads back from its end. */
    public String text() {
        return file + ":" + line + ":" + field;
    }

    /** {@code file:line}, as answers cite it. */
    public String citation() {
        return file + ":" + line;
    }

    /** The site in {@link #text()} form, or null for text that is not one (an empty or older value). */
    public static DeclarationSite parse(String text) {
        if (text == null) {
            return null;
        }
        int fieldColon = text.lastIndexOf(':');
        int lineColon = fieldColon <= 0 ? -1 : text.lastIndexOf(':', fieldColon - 1);
        if (lineColon <= 0) {
            return null;
        }
        try {
            int line = Integer.parseInt(text.substring(lineColon + 1, fieldColon));
            return line < 1 ? null : new DeclarationSite(text.substring(0, lineColon), line,
                    text.substring(fieldColon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
