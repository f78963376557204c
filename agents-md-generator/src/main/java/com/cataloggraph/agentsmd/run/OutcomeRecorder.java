package com.cataloggraph.agentsmd.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers outcomes and writes them in batches (one transaction each), so thousands of
 * repositories do not cost thousands of transactions. A crash loses at most one batch; resuming
 * then redoes those repositories, which publishers answer idempotently.
 */
final class OutcomeRecorder {

    static final int BATCH = 50;
    static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private final RunStore store;
    private final String runId;
    private final Clock clock;
    private final List<RepositoryOutcome> pending = new ArrayList<>();
    private Instant lastFlush;

    OutcomeRecorder(RunStore store, String runId, Clock clock) {
        this.store = store;
        this.runId = runId;
        this.clock = clock;
        this.lastFlush = clock.instant();
    }

    synchronized void record(RepositoryOutcome outcome) {
        pending.add(outcome);
        if (pending.size() >= BATCH || Duration.between(lastFlush, clock.instant()).compareTo(MAX_DELAY) >= 0) {
            flush();
        }
    }

    synchronized void flush() {
        store.save(runId, List.copyOf(pending), clock.instant().toString());
        pending.clear();
        lastFlush = clock.instant();
    }
}
