package com.cataloggraph.model.entity;

/**
 * Where an entity was read from.
 *
 * @param repository    the repository's name: its folder under the ingest root, or its
 *                      {@code group/name} slug for discovered repositories
 * @param repositoryUrl the repository's remote URL when known (git remote, GitLab/GitHub web URL)
 * @param file          the descriptor's path, relative to the ingest root
 * @param contentHash   SHA-256 of the descriptor's bytes, so unchanged files are skipped
 * @param location      the location ref that produced it, e.g. {@code file:/abs/path/catalog-info.yaml}
 */
public record Provenance(String repository, String repositoryUrl, String file, String contentHash,
                         String location) {
}
