package com.cataloggraph.ingest.discovery;

import java.util.Optional;

/** Lists repositories over a provider's API and reads their descriptor files. */
public interface RepositoryDiscovery {

    /**
     * Lists, filters and reads every repository's descriptor files.
     *
     * @throws DiscoveryException when the listing cannot be read at all
     */
    DiscoveryResult discover();

    /**
     * Reads another file of a discovered repository at the same ref, for what a descriptor points
     * at ({@code $text: ./openapi.yaml}, a Location's relative targets).
     *
     * @param path path inside the repository, already resolved and normalised by the caller
     * @return the bytes, or empty when the file does not exist
     * @throws DiscoveryException when the file could not be read (server error, retries exhausted)
     */
    Optional<byte[]> readFile(DiscoveredRepository repository, String path);
}
