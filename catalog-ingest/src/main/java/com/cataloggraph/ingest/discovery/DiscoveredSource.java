package com.cataloggraph.ingest.discovery;

import com.cataloggraph.ingest.source.FetchedRepositoriesSource;
import com.cataloggraph.ingest.source.FetchedRepository;
import com.cataloggraph.ingest.source.RemoteFiles;
import com.cataloggraph.ingest.source.ScanSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
     * Runs the discovery now, reading every repository.
     *
     * @param id the source's stable id, e.g. {@code gitlab:https://gitlab.example.com/api/v4/groups/acme}: the
     *           scope in which repositories that disappear make orphans
     * @throws DiscoveryException when the listing itself cannot be read
     */
    public static DiscoveredSource of(RepositoryDiscovery discovery, String id, ScanSettings settings) {
        return of(discovery, id, settings, SyncMemory.NONE);
    }

    /**
     * Runs the discovery now, reading only the repositories that changed since {@code memory}'s versions; the
     * unchanged ones are left out of the run's reconciliation, so their entities stay as they are.
     */
    public static DiscoveredSource of(RepositoryDiscovery discovery, String id, ScanSettings settings,
                                      SyncMemory memory) {
        DiscoveryResult result = discovery.discover(memory);
        Set<String> unchanged = result.unchanged();
        return new DiscoveredSource(source(discovery, id, settings, result, slug -> !unchanged.contains(slug)), result);
    }

    /**
     * Re-reads only the repositories {@code only} names (a webhook's push, rename or deletion), each asked for by
     * name rather than by listing the whole group; the other repositories are left out of the run, so only the
     * named ones can change or become orphans (a repository that no longer exists, or left the group, does).
     */
    public static DiscoveredSource only(RepositoryDiscovery discovery, String id, ScanSettings settings,
                                        Set<String> only) {
        DiscoveryResult result = discovery.discoverOnly(only);
        return new DiscoveredSource(source(discovery, id, settings, result, only::contains), result);
    }

    private static FetchedRepositoriesSource source(RepositoryDiscovery discovery, String id, ScanSettings settings,
                                                    DiscoveryResult result, Predicate<String> covers) {
        List<FetchedRepository> repositories = new ArrayList<>();
        for (DiscoveredRepository repository : result.repositories()) {
            if (!covers.test(repository.slug())) {
                continue;
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            repository.files().forEach(file -> files.put(file.path(), file.bytes()));
            repositories.add(new FetchedRepository(repository.slug(), repository.webUrl().toString(), repository.ref(),
                    files, new HostFiles(discovery, repository), repository.commit()));
        }
        Map<String, String> unreadable = new LinkedHashMap<>();
        result.problems().stream().filter(problem -> covers.test(problem.slug())).forEach(problem -> unreadable.merge(
                problem.slug(), problem.path() == null ? problem.message() : problem.path() + ": " + problem.message(),
                (a, b) -> a + "; " + b));
        return new FetchedRepositoriesSource(id, repositories, unreadable, settings, covers);
    }

    /** One line for people: what was listed, filtered, read and not read. */
    public String summary() {
        String unchanged = result.unchanged().isEmpty() ? ""
                : ", " + result.unchanged().size() + " unchanged since the last sync";
        return ("%s: %d repositories listed, %d filtered out, %d without a descriptor, %d read%s, %d unreadable "
                + "(kept as they were), %d requests").formatted(source.id(), result.listed(), result.filteredOut(),
                result.withoutDescriptor(), result.repositories().size(), unchanged,
                source.unreadableRepositories().size(), result.requests());
    }

    /** A discovered repository's other files, read (and listed) on the host when a descriptor needs them. */
    private record HostFiles(RepositoryDiscovery discovery, DiscoveredRepository repository) implements RemoteFiles {

        @Override
        public Optional<byte[]> read(String path) throws IOException {
            try {
                return discovery.readFile(repository, path);
            } catch (DiscoveryException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public Optional<List<String>> list() throws IOException {
            try {
                return Optional.of(discovery.listFiles(repository));
            } catch (DiscoveryException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
