package com.cataloggraph.app.sync;

import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.report.IngestReport;
import java.io.IOException;
import java.util.List;

/** A local folder: ingested as {@code ingest PATH} does (unchanged files are skipped by their hash). */
public record FolderSyncSource(SyncProperties.Source config, CatalogIngester ingester) implements SyncedSource {

    @Override
    public SyncOutcome fullSync() {
        try {
            IngestReport report = ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(config.path())),
                    ingester.properties().orphans(), false));
            return new SyncOutcome(report.summary(), 0, 1, report.succeeded() ? null : report.summary(), false);
        } catch (IOException e) {
            return new SyncOutcome("cannot read " + config.path(), 0, 0, "cannot read " + config.path() + ": "
                    + e.getMessage(), true);
        }
    }
}
