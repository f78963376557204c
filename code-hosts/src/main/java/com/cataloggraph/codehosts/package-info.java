/**
 * The one client for GitLab, GitHub and git that every feature module uses.
 *
 * <ul>
 *   <li>{@link com.cataloggraph.codehosts.http}: requests to a host's REST API with its credentials, retries that
 *       honour rate limits, paging, pacing, redirects kept on the configured host, bodies read only up to a limit;</li>
 *   <li>{@link com.cataloggraph.codehosts.url}: repository URLs compared, and redacted before they are stored,
 *       logged or printed;</li>
 *   <li>{@link com.cataloggraph.codehosts.git}: what a checkout's {@code .git} says (remotes, branch, commit),
 *       read without running git;</li>
 *   <li>{@link com.cataloggraph.codehosts.webhook}: GitLab's webhook token and GitHub's webhook signature.</li>
 * </ul>
 * It depends on nothing of the catalog: catalog-ingest's discovery and the AGENTS.md publishers build on it.
 */
package com.cataloggraph.codehosts;
