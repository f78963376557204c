package com.cataloggraph.model.query;

/** A user's query that is not allowed to run, with a message saying why and what to do instead. */
public class RejectedQueryException extends IllegalArgumentException {

    public RejectedQueryException(String message) {
        super(message);
    }

    public RejectedQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
