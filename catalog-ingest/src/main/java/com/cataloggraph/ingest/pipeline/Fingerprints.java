package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.source.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;

/**
 * What decides whether a file must be processed again: its bytes, the files its placeholders
 * read, and how this ingester reads (its version and limits), hashed together.
 */
final class Fingerprints {

    /** Raise when processing changes in a way earlier results must not survive. */
    static final String PIPELINE_VERSION = "2";

    private final String settings;

    Fingerprints(IngestProperties properties) {
        this.settings = PIPELINE_VERSION + "|" + properties.yamlLimits() + "|" + properties.maxFileSize().toBytes() + "|"
                + properties.kinds();
    }

    String of(String contentHash, Map<String, String> inputs) {
        MessageDigest digest = Sha256.digest();
        digest.update((settings + "|" + contentHash).getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(inputs).forEach((path, hash) -> digest.update(("|" + path + "=" + hash)
                .getBytes(StandardCharsets.UTF_8)));
        return Sha256.hex(digest);
    }
}
