package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.codehosts.http.HostException;

/** A repository or its host refused; the message says what was asked and what came back. */
public class PublishException extends RuntimeException {

    /** A code host's failure, as the run reports it; a rate limit says how to go on. */
    public static PublishException from(HostException failure) {
        String message = failure.getMessage();
        if (failure.reason() == HostException.Reason.RATE_LIMITED) {
            message += " (catalog.agents-md.max-retry-wait); resume the run later";
        }
        return new PublishException(message, failure);
    }

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
