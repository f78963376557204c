package com.cataloggraph.ingest.source;

/**
 * A file's bytes and SHA-256. Files above the size limit are hashed (so an unchanged oversized
 * file is still recognised) but their bytes are not kept.
 *
 * @param bytes  the content, or null when the file is larger than the limit
 * @param size   its size in bytes
 * @param sha256 lowercase hex SHA-256 of the whole file
 */
public record FileContent(byte[] bytes, long size, String sha256) {

    public boolean tooLarge() {
        return bytes == null;
    }
}
