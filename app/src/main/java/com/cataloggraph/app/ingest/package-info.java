/** The {@code ingest} command and the scheduled ingest of {@code serve --ingest}. */
package com.cataloggraph.app.ingest;
