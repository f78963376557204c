package com.cataloggraph.ingest.source;

import java.nio.charset.StandardCharsets;

/**
 * A file's bytes and SHA-256. A file above the size limit is not read: its bytes are absent and,
 * so that an unchanged oversized file is still recognised, its hash is taken over its size and
 * modification time instead of its content.
 *
 * @param bytes  the content, or null when the file is larger than the limit
 * @param size   its size in bytes
 * @param sha256 lowercase hex SHA-256 of the content, or of size and modification time for a file not read
 * @param stamp  the file's {@link FileStamps stamp} taken before its bytes were read, or null when the tree cannot
 *               vouch for them by it
 */
public record FileContent(byte[] bytes, long size, String sha256, String stamp) {

    public FileContent(byte[] bytes, long size, String sha256) {
        this(bytes, size, sha256, null);
    }

    /** A file above the limit, known by its size and modification time only. */
    public static FileContent notRead(long size, long modifiedMillis) {
        return new FileContent(null, size,
                Sha256.hex(("not read: " + size + " bytes, modified " + modifiedMillis).getBytes(StandardCharsets.UTF_8)),
                null);
    }

    public boolean tooLarge() {
        return bytes == null;
    }
}
