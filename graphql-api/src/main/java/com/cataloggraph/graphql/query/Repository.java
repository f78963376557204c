package com.cataloggraph.graphql.query;

import com.cataloggraph.model.query.EntitySummary;
import java.util.List;

/** What the catalog read from one repository. */
public record Repository(String name, List<EntitySummary> entities) {
}
