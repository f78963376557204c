package com.cataloggraph.model.store;

/**
 * This process's ingest lease lapsed (it could not renew it in time) or was taken over, so the run
 * stops before its next write.
 */
public final class IngestLeaseLostException extends IllegalStateException {

    public IngestLeaseLostException(String holder, LeaseHolder now) {
        super("the ingest lease of " + holder + " was lost (not renewed within its timeout), so this run "
                + "stopped before writing more; " + (now == null ? "no process holds it now"
                : now.holder().equals(holder) ? "it lapsed at " + now.expiresAt()
                : "it is now held by " + now.holder() + " since " + now.since()));
    }
}
