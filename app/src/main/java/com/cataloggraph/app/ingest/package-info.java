/** The `ingest` command. */
package com.cataloggraph.app.ingest;
