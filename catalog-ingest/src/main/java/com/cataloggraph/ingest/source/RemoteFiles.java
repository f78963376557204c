package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads files of a discovered repository that were not fetched up front: what a descriptor points
 * at ({@code $text: ./openapi.yaml}, a Location's relative targets), asked for only when needed.
 */
@FunctionalInterface
public interface RemoteFiles {

    /**
     * @param path a path inside the repository
     * @return the bytes, or empty when the repository has no such file
     * @throws IOException when the host could not be asked (server error, rate limit exhausted)
     */
    Optional<byte[]> read(String path) throws IOException;

    /**
     * Every file of the repository at the same ref, so a Location's glob target matches files that were not
     * fetched up front; empty when the host cannot list them (then globs match fetched files only).
     *
     * @throws IOException when the host could not be asked
     */
    default Optional<List<String>> list() throws IOException {
        return Optional.empty();
    }
}
