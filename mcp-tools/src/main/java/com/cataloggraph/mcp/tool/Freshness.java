package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.CatalogStatusQueries;
import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * How fresh the catalog is, which every answer states: the last finished ingest, read in the same read
 * transaction as the answer it stamps (so it costs a statement, not a transaction, and is never stale).
 */
public final class Freshness {

    /**
     * An answer with the catalog's freshness.
     *
     * @param lastIngestAt see {@link #lastIngestAt()}
     */
    public record Stamped<T>(T answer, String lastIngestAt) {
    }

    private final CatalogStatusQueries status;
    private final CatalogDatabase database;

    public Freshness(CatalogGraph graph) {
        this.status = graph.status();
        this.database = graph.database();
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

    /**
     * {@code answer}'s reads and the last ingest time in one read transaction ({@link CatalogDatabase#inOneRead}):
     * one session, one begin, one commit per answer.
     */
    public <T> Stamped<T> inOneRead(Supplier<T> answer) {
        return database.inOneRead(() -> stamped(answer));
    }

    /** {@code answer}'s reads in transactions of their own, then the last ingest time in another. */
    public <T> Stamped<T> stamped(Supplier<T> answer) {
        T value = answer.get();
        return new Stamped<>(value, lastIngestAt());
    }
}
