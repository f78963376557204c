/**
 * DataLoaders: every relation field on a page of entities is read in one round trip per relation
 * type and direction (and per walk depth), whatever the page size.
 */
package com.cataloggraph.graphql.loader;
