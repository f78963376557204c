package com.cataloggraph.graphql.status;

/** One numeric result of an ingest run, e.g. {@code entities} or {@code errors}. */
public record RunCount(String name, long value) {
}
