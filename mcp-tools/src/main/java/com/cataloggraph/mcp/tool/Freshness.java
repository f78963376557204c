package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.CatalogStatusQueries;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** How fresh the catalog is, which every answer states: the last finished ingest. */
public final class Freshness {

    private final CatalogStatusQueries status;

    public Freshness(CatalogStatusQueries status) {
        this.status = status;
    }

    /** ISO-8601 time the last ingest finished, to the second, or null if the catalog was never ingested. */
    public String lastIngestAt() {
        String at = status.lastIngestAt();
        try {
            return at == null ? null : Instant.parse(at).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return at;
        }
    }
}
