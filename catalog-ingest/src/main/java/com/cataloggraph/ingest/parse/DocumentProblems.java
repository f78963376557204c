package com.cataloggraph.ingest.parse;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one document, each located by its field: the file, the document
 * index and the field's line are filled in here so no check has to.
 */
public final class DocumentProblems {

    private final String file;
    private final YamlDocument document;
    private final List<IngestProblem> problems = new ArrayList<>();

    public DocumentProblems(String file, YamlDocument document) {
        this.file = file;
        this.document = document;
    }

    public void error(Rule rule, FieldPath field, Object value, String message) {
        problems.add(IngestProblem.error(rule, file, document.index(), document.lineOf(field), fieldName(field),
                text(value), message));
    }

    public void warning(Rule rule, FieldPath field, Object value, String message) {
        problems.add(IngestProblem.warning(rule, file, document.index(), document.lineOf(field), fieldName(field),
                text(value), message));
    }

    public List<IngestProblem> all() {
        return List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(IngestProblem::isError);
    }

    public String file() {
        return file;
    }

    public YamlDocument document() {
        return document;
    }

    /** A value as the report quotes it: strings as they are, anything else as JSON-like text. */
    public static String text(Object value) {
        return value == null ? null : value instanceof String s ? s : String.valueOf(value);
    }

    /** What a value is, for "must be a string, found a list" messages. */
    public static String shape(Object value) {
        return switch (value) {
            case null -> "nothing (null)";
            case String s -> "a string";
            case Number n -> "a number";
            case Boolean b -> "a boolean";
            case List<?> l -> "a list";
            case Map<?, ?> m -> "an object";
            default -> value.getClass().getSimpleName();
        };
    }

    private static String fieldName(FieldPath field) {
        String name = field.toString();
        return name.isEmpty() ? null : name;
    }
}
