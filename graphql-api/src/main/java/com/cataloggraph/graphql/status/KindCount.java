package com.cataloggraph.graphql.status;

public record KindCount(String kind, long count) {
}
