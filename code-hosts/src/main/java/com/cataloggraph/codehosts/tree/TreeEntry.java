package com.cataloggraph.codehosts.tree;

/**
 * A regular file in a tree listing (symbolic links and submodules are not listed).
 *
 * @param path relative to the repository root, {@code /}-separated
 * @param sha  the blob's SHA, the key of its cached content
 * @param size bytes, or -1 when the listing gives none (GitLab's tree API does not)
 */
public record TreeEntry(String path, String sha, long size) {
}
