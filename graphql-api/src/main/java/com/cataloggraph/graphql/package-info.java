/**
 * The GraphQL API over the catalog graph: a schema-first SDL ({@code resources/graphql/}),
 * thin controllers per type, DataLoaders for every relation, query limits and GraphiQL.
 *
 * <p>Needs one bean from the application: a {@link com.cataloggraph.model.CatalogGraph}. Settings
 * are {@code catalog.graphql.*} ({@link com.cataloggraph.graphql.GraphQlLimits}).
 */
package com.cataloggraph.graphql;
