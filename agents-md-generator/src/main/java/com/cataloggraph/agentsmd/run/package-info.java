/**
 * Bulk runs over a folder of checkouts: selection by owner, system or repository name, drafting
 * and publishing with bounded concurrency, per-repository state kept in the graph
 * ({@code :AgentsMdRun}, {@code :AgentsMdRepositoryState}) so a run can be resumed and watched,
 * progress while it runs and a JSON report at the end.
 */
package com.cataloggraph.agentsmd.run;
