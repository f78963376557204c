/**
 * Reading a repository without cloning it: the repositories of a GitLab group or GitHub organization, the commit
 * their default branch points at, the tree listing of that commit, and blobs by SHA, cached on disk by SHA
 * ({@link com.cataloggraph.codehosts.tree.BlobCache}) so that a second read of an unchanged repository sends no
 * blob request.
 */
package com.cataloggraph.codehosts.tree;
