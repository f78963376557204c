package com.cataloggraph.ingest.emit;

/**
 * What processing one descriptor file produces, as a closed set: an entity, a relation it
 * declares, a Location target to follow, or a problem. Consumers switch over it exhaustively, so
 * a new kind of emission cannot be silently ignored.
 */
public sealed interface Emission permits EntityEmitted, RelationEmitted, LocationEmitted, IngestProblem {
}
