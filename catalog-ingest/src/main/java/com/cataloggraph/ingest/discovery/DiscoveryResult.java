package com.cataloggraph.ingest.discovery;

import java.util.List;

/**
 * What one discovery run found.
 *
 * @param repositories      repositories with at least one descriptor, in listing order
 * @param problems          repositories (and files) that could not be read; see {@link DiscoveryProblem}
 * @param listed            repositories the API listed
 * @param filteredOut       of those, the ones the filters left out (archived, forks, patterns, topics, no branch)
 * @param withoutDescriptor of the rest, the ones where no configured path exists (404)
 * @param requests          HTTP requests sent, retries included
 */
public record DiscoveryResult(List<DiscoveredRepository> repositories, List<DiscoveryProblem> problems, int listed,
                              int filteredOut, int withoutDescriptor, int requests) {

    public DiscoveryResult {
        repositories = List.copyOf(repositories);
        problems = List.copyOf(problems);
    }
}
