package com.cataloggraph.app.sync;

import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.source.FolderSource;
import com.cataloggraph.ingest.source.FolderTree;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A local folder: ingested as {@code ingest PATH} does (unchanged files are skipped by their hash); a watched change
 * to a folder of checkouts re-reads just the repositories it touched.
 */
public record FolderSyncSource(SyncProperties.Source config, CatalogIngester ingester) implements SyncedSource {

    @Override
    public SyncOutcome fullSync() {
        return ingest(null);
    }

    /**
     * Ingests only the named repository folders when the source is a folder of checkouts (what a watched change
     * touched); else the whole source.
     */
    public SyncOutcome reread(Set<String> repositories) {
        return ingest(repositories);
    }

    private SyncOutcome ingest(Set<String> repositories) {
        try {
            List<DescriptorSource> sources = ingester.sourcesFor(List.of(config.path()));
            if (repositories != null && sources.size() == 1 && sources.getFirst() instanceof FolderSource folder
                    && folder.tree().layout() == FolderTree.Layout.REPOSITORIES) {
                sources = List.of(folder.only(repositories));
            }
            IngestReport report = ingester.ingest(new IngestRequest(sources, ingester.properties().orphans(), false),
                    LeaseWaits.of(name()));
            return new SyncOutcome(report.summary(), 0, 1, report.succeeded() ? null : report.summary(), false);
        } catch (IOException e) {
            return new SyncOutcome("cannot read " + config.path(), 0, 0, "cannot read " + config.path() + ": "
                    + e.getMessage(), true);
        }
    }
}
