package com.cataloggraph.graphql.run;

public enum RunState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
