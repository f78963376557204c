package com.cataloggraph.ingest.discovery;

import com.cataloggraph.ingest.source.FetchedRepositoriesSource;
import com.cataloggraph.ingest.source.FetchedRepository;
import com.cataloggraph.ingest.source.ScanSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A discovery run turned into a descriptor source for the ingester: every discovered repository
 * with its descriptors, other files read from the host when a descriptor points at them, and the
 * repositories that could not be read marked so their earlier entities are kept.
 *
 * @param source what the ingester reads
 * @param result what the discovery found, for reporting
 */
public record DiscoveredSource(FetchedRepositoriesSource source, DiscoveryResult result) {

    /**
     * Runs the discovery now.
     *
     * @param id the source's stable id, e.g. {@code gitlab:https://gitlab.example.com/api/v4/groups/acme}: the
     *           scope in which repositories that disappear make orphans
     * @throws DiscoveryException when the listing itself cannot be read
     */
    public static DiscoveredSource of(RepositoryDiscovery discovery, String id, ScanSettings settings) {
        DiscoveryResult result = discovery.discover();
        List<FetchedRepository> repositories = new ArrayList<>();
        for (DiscoveredRepository repository : result.repositories()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            repository.files().forEach(file -> files.put(file.path(), file.bytes()));
            repositories.add(new FetchedRepository(repository.slug(), repository.webUrl().toString(), repository.ref(),
                    files, path -> read(discovery, repository, path)));
        }
        Map<String, String> unreadable = new LinkedHashMap<>();
        result.problems().forEach(problem -> unreadable.merge(problem.slug(),
                problem.path() == null ? problem.message() : problem.path() + ": " + problem.message(),
                (a, b) -> a + "; " + b));
        return new DiscoveredSource(new FetchedRepositoriesSource(id, repositories, unreadable, settings), result);
    }

    /** One line for people: what was listed, filtered, read and not read. */
    public String summary() {
        return ("%s: %d repositories listed, %d filtered out, %d without a descriptor, %d read, %d unreadable "
                + "(kept as they were), %d requests").formatted(source.id(), result.listed(), result.filteredOut(),
                result.withoutDescriptor(), result.repositories().size(), source.unreadableRepositories().size(),
                result.requests());
    }

    private static Optional<byte[]> read(RepositoryDiscovery discovery, DiscoveredRepository repository, String path)
            throws IOException {
        try {
            return discovery.readFile(repository, path);
        } catch (DiscoveryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
