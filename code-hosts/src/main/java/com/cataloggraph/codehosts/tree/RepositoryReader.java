package com.cataloggraph.codehosts.tree;

import java.util.List;

/**
 * Reads repositories through a code host's REST API, never cloning: the listing of a group or organization, the
 * commit a branch points at, the recursive tree of a commit, and blobs by SHA.
 *
 * @see GitLabRepositoryReader
 * @see GitHubRepositoryReader
 */
public interface RepositoryReader {

    /** {@code gitlab} or {@code github}. */
    String kind();

    /** Repositories of the group (with its subgroups) or organization, not archived, sorted by path. */
    List<HostedRepository> repositories(String owner);

    /** The commit SHA the repository's default branch points at. */
    String headCommit(HostedRepository repository);

    /** Every regular file of the commit's tree. */
    List<TreeEntry> tree(HostedRepository repository, String commit);

    /** The blob's bytes, whole (at most {@code maxBytes}; a longer blob fails). */
    byte[] blob(HostedRepository repository, String sha, long maxBytes);

    /** The size of a file at a commit, for a listing that gave none; -1 when the host does not tell. */
    long size(HostedRepository repository, String commit, String path);

    /** HTTP requests sent so far, retries included. */
    int requests();
}
