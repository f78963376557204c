package com.cataloggraph.ingest.discovery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one discovery run found.
 *
 * @param repositories      repositories with at least one descriptor, in listing order
 * @param problems          repositories (and files) that could not be read; see {@link DiscoveryProblem}
 * @param listed            repositories the API listed
 * @param filteredOut       of those, the ones the filters left out (archived, forks, patterns, topics, no branch)
 * @param withoutDescriptor of the rest, the ones where no configured path exists (404)
 * @param requests          HTTP requests sent, retries included
 * @param unchanged         repositories not read because the sync memory shows them unchanged (empty without a
 *                          {@link SyncMemory}): their files and entities stay as they were
 * @param versions          with a {@link SyncMemory}, the version of every repository checked, read or unchanged, to
 *                          remember for the next sync
 */
public record DiscoveryResult(List<DiscoveredRepository> repositories, List<DiscoveryProblem> problems, int listed,
                              int filteredOut, int withoutDescriptor, int requests,
                              Set<String> unchanged, Map<String, RepositoryVersion> versions) {

    public DiscoveryResult {
        repositories = List.copyOf(repositories);
        problems = List.copyOf(problems);
        unchanged = Set.copyOf(unchanged);
        versions = Map.copyOf(versions);
    }

    public DiscoveryResult(List<DiscoveredRepository> repositories, List<DiscoveryProblem> problems, int listed,
                           int filteredOut, int withoutDescriptor, int requests) {
        this(repositories, problems, listed, filteredOut, withoutDescriptor, requests, Set.of(), Map.of());
    }
}
