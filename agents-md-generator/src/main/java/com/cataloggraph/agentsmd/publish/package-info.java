/**
 * Proposing a draft to a repository: one {@link com.cataloggraph.agentsmd.publish.Publisher}
 * interface with a local git implementation (branch, commit, push) and the GitLab and GitHub
 * ones (in {@code publish.gitlab} and {@code publish.github}). Every publisher finds its own
 * earlier proposal and updates it instead of opening another, and reports a draft that changes
 * nothing as unchanged.
 */
package com.cataloggraph.agentsmd.publish;
