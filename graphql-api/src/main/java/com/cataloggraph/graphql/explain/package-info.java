/** The {@code explanation} of an entity: why the catalog cannot answer well about it, citing file and line. */
package com.cataloggraph.graphql.explain;
