package com.cataloggraph.model.query;

import java.util.List;

/**
 * A descriptor file the last ingest could not use, or used only in part, with what broke and what
 * the catalog kept.
 *
 * @param file       the descriptor's path as ingest reports name it
 * @param repository the repository it belongs to
 * @param status     {@code FAILED} (nothing of this version was used) or {@code PARTIAL} (its valid documents were)
 * @param kept       refs the catalog still holds from this file: its last good version's for a failed file,
 *                   its valid documents' for a partial one
 * @param problems   what broke, each at its line and field
 */
public record FileProblems(String file, String repository, String status, List<String> kept,
                           List<FileProblem> problems) {

    /**
     * One problem of a file.
     *
     * @param severity {@code ERROR} or {@code WARNING}
     * @param rule     the rule broken, e.g. {@code yaml-syntax}
     * @param line     the line, from 1, when known
     * @param field    the field, e.g. {@code spec.owner}, when one
     * @param message  what is wrong and what was expected
     */
    public record FileProblem(String severity, String rule, Integer line, String field, String message) {

        /** {@code 17: spec.owner: message [rule]}, as reports print it. */
        public String describe() {
            return (line == null ? "" : line + ": ") + (field == null ? "" : field + ": ") + message + " [" + rule + "]";
        }
    }

    /** What happened to the file's entities, in words. */
    public String outcome() {
        String entities = kept.size() == 1 ? "1 entity" : kept.size() + " entities";
        return "FAILED".equals(status)
                ? (kept.isEmpty() ? "not used; no entity from it is in the catalog"
                        : "not used; the catalog kept the " + entities + " of its last good version")
                : "partly used; the catalog holds " + entities + " from it";
    }
}
