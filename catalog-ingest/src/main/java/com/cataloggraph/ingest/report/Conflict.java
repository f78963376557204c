package com.cataloggraph.ingest.report;

/**
 * A ref defined twice: the first definition keeps it, this one was skipped.
 *
 * @param ref      the canonical ref
 * @param file     the file whose definition was skipped
 * @param document its document, from 1
 * @param line     the line of that document's {@code metadata.name}
 * @param keptBy   the file (or, outside this run, the location) whose definition was kept
 */
public record Conflict(String ref, String file, Integer document, Integer line, String keptBy) {
}
