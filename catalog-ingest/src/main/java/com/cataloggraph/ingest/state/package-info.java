/** What the ingester keeps between runs ({@code :SourceFile} nodes) and its reads of the graph. */
package com.cataloggraph.ingest.state;
