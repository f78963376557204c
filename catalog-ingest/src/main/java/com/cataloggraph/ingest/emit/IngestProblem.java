package com.cataloggraph.ingest.emit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * Something wrong with the input, precise enough to fix without opening the ingester's code:
 * the file, the document and line, the field, the rule broken and the value found.
 *
 * @param severity errors fail a file or an entity; warnings are advice
 * @param rule     the rule broken
 * @param file     the descriptor's path as reported (relative to the ingested folder), or null for the run
 * @param document the document in the file, from 1; null when the problem is the file's
 * @param line     the line, from 1; null when unknown
 * @param field    the field, e.g. {@code metadata.name} or {@code spec.dependsOn[1]}; null when none
 * @param value    the offending value as text (shortened), or null
 * @param message  one sentence saying what is wrong and what was expected, naming field and value
 */
public record IngestProblem(Severity severity, Rule rule, String file, Integer document, Integer line, String field,
                            String value, String message) implements Emission {

    /** Longest value quoted; a 20 MB definition is not repeated in a report. */
    public static final int MAX_VALUE_LENGTH = 200;

    public IngestProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        value = shorten(value);
    }

    public static IngestProblem error(Rule rule, String file, Integer document, Integer line, String field,
                                      String value, String message) {
        return new IngestProblem(Severity.ERROR, rule, file, document, line, field, value, message);
    }

    public static IngestProblem warning(Rule rule, String file, Integer document, Integer line, String field,
                                        String value, String message) {
        return new IngestProblem(Severity.WARNING, rule, file, document, line, field, value, message);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form people read: {@code org/teams.yaml, document 2, line 7: metadata.name "Team A" is not
     * a valid name; expected ... [name-format]}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
        }
        if (document != null) {
            text.append(text.isEmpty() ? "" : ", ").append("document ").append(document);
        }
        if (line != null) {
            text.append(text.isEmpty() ? "" : ", ").append("line ").append(line);
        }
        if (!text.isEmpty()) {
            text.append(": ");
        }
        return text.append(message).append(" [").append(rule.id()).append(']').toString();
    }

    /** Quotes a value for a message, shortened the same way as {@link #value()}. */
    public static String quote(Object value) {
        return value instanceof String text ? "\"" + shorten(text) + "\"" : shorten(String.valueOf(value));
    }

    private static String shorten(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH) + "... (" + value.length() + " characters)";
    }
}
