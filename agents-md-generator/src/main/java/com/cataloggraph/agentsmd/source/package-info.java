/**
 * Where a run's repositories come from: checkouts under a folder ({@link com.cataloggraph.agentsmd.source.CheckoutSource})
 * or a GitLab group or GitHub organization read through its API without cloning
 * ({@link com.cataloggraph.agentsmd.source.HostSource}: listing, head commit, tree and only the blobs the detectors
 * read, cached on disk by SHA). Both hand the same {@link com.cataloggraph.agentsmd.analysis.RepositoryTree} to
 * the same detectors.
 */
package com.cataloggraph.agentsmd.source;
