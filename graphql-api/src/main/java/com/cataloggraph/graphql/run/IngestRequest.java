package com.cataloggraph.graphql.run;

import java.util.List;

/** @param sources paths or configured source names to ingest; empty for the configured default */
public record IngestRequest(List<String> sources) {

    public IngestRequest {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
