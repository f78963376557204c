/**
 * AGENTS.md for repositories on GitLab or GitHub without cloning them: a repository's tree at its default branch's
 * commit is read through code-hosts' {@link com.cataloggraph.codehosts.tree.RemoteSnapshot} (listing, blobs by SHA,
 * cached on disk) and handed to the same detectors as a checkout.
 */
package com.cataloggraph.agentsmd.remote;
