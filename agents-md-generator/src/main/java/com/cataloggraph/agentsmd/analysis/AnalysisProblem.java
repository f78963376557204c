package com.cataloggraph.agentsmd.analysis;

/**
 * A file that could not be read as what it claims to be. Analysis goes on without it.
 *
 * @param file    relative path
 * @param line    1-based line, or 0 when unknown
 * @param message what is wrong
 */
public record AnalysisProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
