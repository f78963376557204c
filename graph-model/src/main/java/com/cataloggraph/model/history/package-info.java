/**
 * The catalog's history, read side: what each ingest run changed ({@code :EntityChange} nodes, written by
 * the store's {@code ChangeLog}), what changed since a time (in the catalog, under a team, around an
 * entity), who owned an entity on a date, and since when a relation is declared.
 */
package com.cataloggraph.model.history;
