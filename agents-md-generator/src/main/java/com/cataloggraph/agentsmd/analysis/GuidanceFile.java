package com.cataloggraph.agentsmd.analysis;

/**
 * Guidance the repository already has: linked from the draft, never repeated.
 *
 * @param path relative path
 * @param what what it covers, e.g. {@code how to contribute}
 */
public record GuidanceFile(String path, String what) {
}
