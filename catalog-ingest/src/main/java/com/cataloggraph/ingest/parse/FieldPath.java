package com.cataloggraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A field inside a document, e.g. {@code spec.dependsOn[1]} or
 * {@code metadata.annotations[backstage.io/techdocs-ref]}: the form problems name fields in, and
 * the path {@link YamlDocument#lineOf} follows to find the field's line.
 */
public record FieldPath(List<Object> segments) {

    public static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public static FieldPath of(String... keys) {
        return new FieldPath(List.of((Object[]) keys));
    }

    public FieldPath child(String key) {
        List<Object> next = new ArrayList<>(segments);
        next.add(key);
        return new FieldPath(next);
    }

    public FieldPath index(int index) {
        List<Object> next = new ArrayList<>(segments);
        next.add(index);
        return new FieldPath(next);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                String key = (String) segment;
                boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'
                        || c == '-' || c == '$');
                if (plain) {
                    text.append(text.isEmpty() ? "" : ".").append(key);
                } else {
                    text.append('[').append(key).append(']');
                }
            }
        }
        return text.toString();
    }
}
