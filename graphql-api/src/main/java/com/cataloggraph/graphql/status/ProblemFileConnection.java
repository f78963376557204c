package com.cataloggraph.graphql.status;

import com.cataloggraph.graphql.query.PageInfo;
import com.cataloggraph.model.query.ProblemFile;
import java.util.List;

/**
 * One page of the files with problems.
 *
 * @param rule what the listing was narrowed to, so {@code totalCount} can count it when asked
 */
public record ProblemFileConnection(List<ProblemFile> nodes, PageInfo pageInfo, String rule) {
}
