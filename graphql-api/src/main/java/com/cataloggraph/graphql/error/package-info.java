/**
 * Expected failures as GraphQL errors: each names the argument and value at fault and carries
 * them, with any suggestions, in its extensions, so a client can act on it without parsing text.
 */
package com.cataloggraph.graphql.error;
