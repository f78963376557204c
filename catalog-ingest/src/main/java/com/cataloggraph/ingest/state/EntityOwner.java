package com.cataloggraph.ingest.state;

/**
 * Who defines an entity in the graph now.
 *
 * @param location the location ref of the file it was last written from
 * @param orphan   true when that file no longer defines it
 */
public record EntityOwner(String location, boolean orphan) {
}
