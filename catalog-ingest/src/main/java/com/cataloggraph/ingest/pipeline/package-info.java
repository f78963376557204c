/**
 * The ingest pipeline: {@link com.cataloggraph.ingest.pipeline.CatalogIngester} runs discover, read,
 * parse, validate, derive, write, reconcile and record, stage by stage.
 */
package com.cataloggraph.ingest.pipeline;
