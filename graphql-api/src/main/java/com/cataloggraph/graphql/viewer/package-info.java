/**
 * {@code viewer}: who is calling and what they may do, as the application's security tells it
 * through the GraphQL context, so a client can hide what the caller may not use.
 */
package com.cataloggraph.graphql.viewer;
