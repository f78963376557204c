package com.cataloggraph.codehosts.tree;

/**
 * A repository as a group or organization listing names it.
 *
 * @param path          {@code group/sub/project} (GitLab) or {@code owner/repo} (GitHub)
 * @param defaultBranch its default branch, or null for an empty repository
 * @param webUrl        its page on the host, which the catalog may record as {@code repositoryUrl}
 */
public record HostedRepository(String path, String defaultBranch, String webUrl) {

    /** The last segment of the path: the name a checkout's folder would have. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
