package com.cataloggraph.graphql.run;

public enum RunProblemCode {
    UNAVAILABLE,
    NOT_FOUND,
    REJECTED
}
