package com.cataloggraph.graphql.run;

public enum RunKind {
    INGEST,
    AGENTS_MD
}
