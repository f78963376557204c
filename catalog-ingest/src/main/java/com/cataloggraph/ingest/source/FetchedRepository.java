package com.cataloggraph.ingest.source;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A repository whose descriptor files came over HTTP (GitLab or GitHub discovery).
 *
 * @param slug   {@code group/name}, the repository's name in the catalog
 * @param webUrl its page, e.g. {@code https://gitlab.example.com/acme/payments}
 * @param branch the branch the files were read from
 * @param files  fetched files by path inside the repository; descriptors and whatever else was fetched
 * @param remote reads other files of the repository on demand; null when only {@code files} are known
 * @param commit the commit the files were read at, when the host said (for provenance); else null
 */
public record FetchedRepository(String slug, String webUrl, String branch, Map<String, byte[]> files,
                                RemoteFiles remote, String commit) {

    public FetchedRepository {
        Objects.requireNonNull(slug, "slug");
        files = new TreeMap<>(files);
    }

    /** A repository known only by the files fetched already. */
    public FetchedRepository(String slug, String webUrl, String branch, Map<String, byte[]> files) {
        this(slug, webUrl, branch, files, null, null);
    }

    /** A repository read at an unknown commit. */
    public FetchedRepository(String slug, String webUrl, String branch, Map<String, byte[]> files, RemoteFiles remote) {
        this(slug, webUrl, branch, files, remote, null);
    }
}
