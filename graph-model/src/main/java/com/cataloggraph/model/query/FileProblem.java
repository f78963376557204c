package com.cataloggraph.model.query;

/**
 * A problem the last ingest found in a descriptor file, as the ingester records it on the file's
 * {@code :SourceFile} node (its {@code problems} JSON).
 *
 * @param severity {@code ERROR} or {@code WARNING}
 * @param rule     the rule's id, e.g. {@code yaml-syntax}, {@code duplicate-ref}
 * @param file     the descriptor's path as reported, or null for the run
 * @param document the document in the file, from 1; null when the problem is the file's
 * @param line     the line, from 1; null when unknown
 * @param field    the field, e.g. {@code spec.dependsOn[1]}; null when none
 * @param value    the offending value as text (shortened), or null
 * @param message  what is wrong and what was expected
 */
public record FileProblem(String severity, String rule, String file, Integer document, Integer line, String field,
                          String value, String message) {

    /** The rule under which a ref defined twice is reported by the file whose definition was skipped. */
    public static final String DUPLICATE_REF = "duplicate-ref";

    /** {@code 17: spec.owner: message [rule]}, as reports print it. */
    public String describe() {
        return (line == null ? "" : line + ": ") + (field == null ? "" : field + ": ") + message + " [" + rule + "]";
    }
}
