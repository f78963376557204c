package com.cataloggraph.graphql.loader;

import com.cataloggraph.model.query.FileProblem;
import java.util.List;

/** The problems of the descriptor file one entity was read from. */
public record EntityProblems(List<FileProblem> problems) {

    public static final EntityProblems NONE = new EntityProblems(List.of());
}
