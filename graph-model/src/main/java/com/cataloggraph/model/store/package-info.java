/**
 * The Neo4j side: the database door, the schema bootstrap, the batched write path, and the
 * bookkeeping every instance shares: the ingest lease that lets one process write at a time, the run
 * log and the heartbeat that tells a running run from an abandoned one.
 */
package com.cataloggraph.model.store;
