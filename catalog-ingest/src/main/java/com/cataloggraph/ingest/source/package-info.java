/**
 * Where descriptors come from: folders of checkouts, single repositories, Location files and
 * repositories fetched over HTTP, behind {@link com.cataloggraph.ingest.source.DescriptorSource}
 * and {@link com.cataloggraph.ingest.source.SourceTree}.
 */
package com.cataloggraph.ingest.source;
