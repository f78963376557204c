package com.cataloggraph.agentsmd.analysis;

/**
 * A folder with a role.
 *
 * @param path relative path without a trailing slash
 * @param note what sets it apart, e.g. {@code Maven module} or {@code main packages}, or null
 */
public record Folder(String path, FolderRole role, String note) {
}
