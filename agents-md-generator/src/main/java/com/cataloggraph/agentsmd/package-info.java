/**
 * The AGENTS.md generator: {@code analysis} reads a repository's own files, {@code catalog} reads
 * what the graph knows about it, {@code draft} renders and checks the generated block,
 * {@code publish} proposes it (local git, GitLab, GitHub), {@code run} does it for many
 * repositories with state kept in the graph, {@code config} wires it into the application.
 */
package com.cataloggraph.agentsmd;
