package com.cataloggraph.agentsmd.analysis;

/**
 * A convention the repository states in a file.
 *
 * @param text   what to do, e.g. {@code indent with 4 spaces}
 * @param source the file that says so
 */
public record Convention(String text, String source) {
}
