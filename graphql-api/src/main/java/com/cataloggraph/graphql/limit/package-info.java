/**
 * Protection against hostile or careless queries: depth, aliases, page size and estimated cost
 * are measured before anything executes, and a deadline stops a request that runs too long.
 */
package com.cataloggraph.graphql.limit;
