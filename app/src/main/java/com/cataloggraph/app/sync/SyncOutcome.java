package com.cataloggraph.app.sync;

/**
 * What one sync run (full or of named repositories) did.
 *
 * @param summary   one line for the log and the delivery record
 * @param requests  HTTP requests sent to the host
 * @param read      repositories read
 * @param error     null when it succeeded, else why it failed
 * @param retriable true when the host failed and trying again later may succeed
 */
public record SyncOutcome(String summary, long requests, long read, String error, boolean retriable) {

    public boolean succeeded() {
        return error == null;
    }
}
