/**
 * What processing a descriptor emits: entities, relations, Location targets and problems, as a
 * sealed set, plus the rules problems are reported under.
 */
package com.cataloggraph.ingest.emit;
