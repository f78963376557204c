package com.cataloggraph.model.store;

import java.time.Instant;

/**
 * Who holds the ingest lease, as the database has it.
 *
 * @param holder    the process, e.g. {@code build-1/4242 (serve)}
 * @param since     when it took the lease (the database's clock)
 * @param expiresAt when the lease lapses unless its holder renews it (the database's clock)
 * @param runId     the {@code :IngestRun} the holder took it for
 */
public record LeaseHolder(String holder, Instant since, Instant expiresAt, String runId) {

    /** {@code an ingest is running on <holder> since <time>}. */
    public String describe() {
        return "an ingest is running on " + holder + " since " + since;
    }
}
