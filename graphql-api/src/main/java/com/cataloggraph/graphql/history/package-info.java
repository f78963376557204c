/** The catalog's history over GraphQL: what changed since a time, who owned an entity on a date, since when a relation holds. */
package com.cataloggraph.graphql.history;
