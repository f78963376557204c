package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.CatalogStatusQueries;

/** How fresh the catalog is, which every answer states: the last finished ingest. */
public final class Freshness {

    private final CatalogStatusQueries status;

    public Freshness(CatalogStatusQueries status) {
        this.status = status;
    }

    /** ISO-8601 time the last ingest finished, or null if the catalog was never ingested. */
    public String lastIngestAt() {
        return status.lastIngestAt();
    }
}
