package com.cataloggraph.model.store;

import java.time.Duration;

/** The ingest lease stayed with another process for as long as the caller was willing to wait. */
public final class IngestLeaseBusyException extends IllegalStateException {

    private final transient LeaseHolder holder;

    public IngestLeaseBusyException(LeaseHolder holder, Duration waited) {
        super(waited.isZero() ? holder.describe()
                : holder.describe() + " (waited " + spoken(waited) + " for it to finish)");
        this.holder = holder;
    }

    public LeaseHolder holder() {
        return holder;
    }

    private static String spoken(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toMinutes() > 0 ? duration.toMinutes() + " min"
                : duration.toMillis() / 1000.0 + " s";
    }
}
