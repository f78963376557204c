/**
 * The living catalog: sources configured once ({@code catalog.sync.*}, or a YAML file given to
 * {@code serve --config}) and kept fresh by {@code serve} — full syncs on each source's schedule that read only
 * what changed, local folders watched for saves, and webhook deliveries (package {@code webhook}) re-reading one
 * repository. Sync state lives in the graph (graph-model's {@code SyncLedger}).
 */
package com.cataloggraph.app.sync;
