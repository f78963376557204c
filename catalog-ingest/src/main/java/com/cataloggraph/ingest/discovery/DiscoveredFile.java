package com.cataloggraph.ingest.discovery;

import java.util.Arrays;

/**
 * One descriptor file read from a repository.
 *
 * @param path  path inside the repository, without a leading {@code /}, e.g. {@code catalog-info.yaml}
 * @param bytes the file's content as stored (not decoded: the YAML reader decides the charset)
 */
public record DiscoveredFile(String path, byte[] bytes) {

    public DiscoveredFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiscoveredFile file && path.equals(file.path) && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DiscoveredFile[" + path + ", " + bytes.length + " bytes]";
    }
}
