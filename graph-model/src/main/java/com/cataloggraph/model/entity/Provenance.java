package com.cataloggraph.model.entity;

/**
 * Where an entity was read from, down to its lines, and at which version of its file.
 *
 * @param repository    the repository's name: its folder under the ingest root, or its
 *                      {@code group/name} slug for discovered repositories
 * @param repositoryUrl the repository's remote URL when known (git remote, GitLab/GitHub web URL)
 * @param file          the descriptor's path, relative to the ingest root
 * @param contentHash   SHA-256 of the descriptor's bytes, so unchanged files are skipped
 * @param location      the location ref that produced it, e.g. {@code file:/abs/path/catalog-info.yaml}
 * @param lines         the document inside the file and its lines; null when not known
 * @param commit        the commit the file was read at when the source knows it (a git checkout's HEAD, a
 *                      host's commit), else null: then {@code contentHash} and the write time say which version
 * @param fileUrl       the file's web page at that commit (or branch), without a line anchor; null when the
 *                      repository's host is unknown
 * @param via           the Location target that led to the file, {@code org/locations.yaml:12}; null when a
 *                      source found the file itself
 */
public record Provenance(String repository, String repositoryUrl, String file, String contentHash, String location,
                         DocumentLines lines, String commit, String fileUrl, String via) {

    /** Provenance known only to the file (hand-built graphs, older callers). */
    public Provenance(String repository, String repositoryUrl, String file, String contentHash, String location) {
        this(repository, repositoryUrl, file, contentHash, location, null, null, null, null);
    }
}
