package com.cataloggraph.ingest.discovery;

import java.util.Optional;

/** Lists repositories over a provider's API and reads their descriptor files. */
public interface RepositoryDiscovery {

    /**
     * Lists, filters and reads every repository's descriptor files.
     *
     * @throws DiscoveryException when the listing cannot be read at all
     */
    default DiscoveryResult discover() {
        return discover(SyncMemory.NONE);
    }

    /**
     * Lists and filters, then reads the descriptors of the repositories that changed since the versions
     * {@code memory} recalls (all of them for {@link SyncMemory#NONE}).
     *
     * @throws DiscoveryException when the listing cannot be read at all
     */
    DiscoveryResult discover(SyncMemory memory);

    /**
     * Reads the descriptors of the named repositories only, each asked for by name; one that does not exist (any
     * more), is outside the group or organization, or is filtered out is simply not in the result. Always reads,
     * and reports the versions read.
     *
     * @param slugs {@code group/name} or {@code org/repo} paths
     * @throws DiscoveryException when the host cannot be asked at all
     */
    DiscoveryResult discoverOnly(java.util.Collection<String> slugs);

    /**
     * Reads another file of a discovered repository at the same ref, for what a descriptor points
     * at ({@code $text: ./openapi.yaml}, a Location's relative targets).
     *
     * @param path path inside the repository, already resolved and normalised by the caller
     * @return the bytes, or empty when the file does not exist
     * @throws DiscoveryException when the file could not be read (server error, retries exhausted)
     */
    Optional<byte[]> readFile(DiscoveredRepository repository, String path);

    /**
     * Every file path of a discovered repository at the same ref, for a Location's glob targets.
     *
     * @throws DiscoveryException when the list could not be read
     */
    java.util.List<String> listFiles(DiscoveredRepository repository);
}
