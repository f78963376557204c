package com.cataloggraph.graphql.query;

import com.cataloggraph.model.query.EntitySummary;
import java.util.List;

/**
 * What the catalog read from one repository.
 *
 * @param name the repository as stored (folder name or slug)
 * @param url  its remote URL, when known
 */
public record Repository(String name, String url, List<EntitySummary> entities) {
}
