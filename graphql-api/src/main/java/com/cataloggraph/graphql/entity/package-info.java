/**
 * Entities and their relation fields: one thin controller per GraphQL type. Every entity is an
 * {@link com.cataloggraph.model.query.EntitySummary} at run time; {@link EntityTypeResolver} picks
 * its GraphQL type from its kind, and the fields a summary does not hold load through DataLoaders.
 */
package com.cataloggraph.graphql.entity;
