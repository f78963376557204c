package com.cataloggraph.graphql.query;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.PathStep;
import java.util.List;

/** The shortest chain of relations between two entities. */
public record Path(EntitySummary from, EntitySummary to, List<PathStep> steps) {

    public int length() {
        return steps.size();
    }
}
