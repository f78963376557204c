package com.cataloggraph.model.query;

import java.util.List;

/**
 * One repository the catalog knows, with the entities whose descriptors came from it.
 *
 * @param repository    the stored folder name or slug
 * @param repositoryUrl the stored remote URL, or null
 * @param match         how well it matched what was asked for
 */
public record RepositoryMatch(String repository, String repositoryUrl, RepositoryLocator.Match match,
                              List<EntitySummary> entities) {
}
