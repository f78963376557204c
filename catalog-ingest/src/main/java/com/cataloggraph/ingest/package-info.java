/** catalog-ingest: see ARCHITECTURE.md. */
package com.cataloggraph.ingest;
