package com.cataloggraph.ingest.discovery;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What GitLab and GitHub discovery share: list the repositories, keep those the filters let
 * through, look for each one's descriptors in parallel, and read further files on demand. The
 * providers supply only their API's listing, filters and file reads.
 */
abstract sealed class ProviderDiscovery implements RepositoryDiscovery permits GitLabDiscovery, GitHubDiscovery {

    private static final System.Logger LOG = System.getLogger(ProviderDiscovery.class.getName());

    private final List<String> descriptorPaths;
    private final int concurrency;
    final ProviderHttp http;

    ProviderDiscovery(List<String> descriptorPaths, int concurrency, ProviderHttp http) {
        this.descriptorPaths = descriptorPaths;
        this.concurrency = concurrency;
        this.http = http;
    }

    @Override
    public final DiscoveryResult discover() {
        List<JsonNode> listed = list();
        List<Candidate> candidates = listed.stream().map(this::candidate).flatMap(Optional::stream).toList();
        DescriptorScan.Outcome outcome = new DescriptorScan(descriptorPaths, concurrency,
                (candidate, path) -> read(candidate.providerId(), candidate.ref(), path),
                candidate -> tree(candidate.providerId(), candidate.ref())).scan(candidates);
        LOG.log(System.Logger.Level.INFO, "{0}: {1} repositories listed, {2} with descriptors, {3} problems",
                scope(), listed.size(), outcome.repositories().size(), outcome.problems().size());
        return new DiscoveryResult(outcome.repositories(), outcome.problems(), listed.size(),
                listed.size() - candidates.size(), outcome.withoutDescriptor(), http.requests());
    }

    @Override
    public final Optional<byte[]> readFile(DiscoveredRepository repository, String path) {
        return switch (read(repository.providerId(), repository.ref(), path)) {
            case FileAnswer.Found found -> Optional.of(found.bytes());
            case FileAnswer.Missing missing -> Optional.empty();
            case FileAnswer.Failed failed -> throw new DiscoveryException(repository.slug() + ": " + failed.message());
        };
    }

    /** What is discovered, for logs, e.g. {@code GitLab group larkspur}. */
    abstract String scope();

    /** Every repository the API lists, in listing order. */
    abstract List<JsonNode> list();

    /** The listed repository as a candidate, or empty when a filter leaves it out. */
    abstract Optional<Candidate> candidate(JsonNode listed);

    /** One file of a repository at a ref. */
    abstract FileAnswer read(String providerId, String ref, String path);

    /** Every file of a repository at a ref, for descriptor globs. */
    abstract TreeAnswer tree(String providerId, String ref);
}
