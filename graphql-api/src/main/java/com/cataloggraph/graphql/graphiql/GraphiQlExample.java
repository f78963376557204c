package com.cataloggraph.graphql.graphiql;

/**
 * A saved example query, read from {@code graphiql/examples/NN-name.graphql}.
 *
 * @param name  the file name without its order prefix and extension, e.g. {@code who-owns}
 * @param title the file's first line, a {@code #} comment
 */
public record GraphiQlExample(String name, String title, String query) {
}
