package com.cataloggraph.app.sync;

import com.cataloggraph.ingest.report.IngestProgress;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a sync's ingest run tells that it waits for the ingest lease (another run, of this or another instance or of
 * a CLI {@code ingest}, writes the catalog): logged, and passed on to whoever else wants to know.
 */
final class LeaseWaits {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseWaits.class);

    private LeaseWaits() {
    }

    /** Progress that logs {@code sync <source>: waiting: <reason>} and hands the reason to {@code waiting}. */
    static IngestProgress of(String source, Consumer<String> waiting) {
        return new IngestProgress() {
            @Override
            public void waiting(String reason) {
                LOG.info("sync {}: waiting: {}", source, reason);
                waiting.accept(reason);
            }
        };
    }

    /** Progress that only logs the wait. */
    static IngestProgress of(String source) {
        return of(source, reason -> { });
    }
}
