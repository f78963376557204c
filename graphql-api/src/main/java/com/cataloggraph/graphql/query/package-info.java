/** The root queries: lookup, listing with cursors, search, paths and repositories. */
package com.cataloggraph.graphql.query;
