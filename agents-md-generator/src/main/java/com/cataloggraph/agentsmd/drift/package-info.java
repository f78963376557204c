/**
 * Drift in a merge request: whether the commits {@code BASE..HEAD} make AGENTS.md stale (a build command, a CI job,
 * a boundary path, an owner or a dependency changed), the exact lines to update, and one comment on the merge
 * request (GitLab note, GitHub issue comment) that is updated rather than repeated.
 */
package com.cataloggraph.agentsmd.drift;
