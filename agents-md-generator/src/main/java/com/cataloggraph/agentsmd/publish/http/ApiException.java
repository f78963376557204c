package com.cataloggraph.agentsmd.publish.http;

import com.cataloggraph.agentsmd.publish.PublishException;

/** A code host answered a request with an error; the message names the request and the answer. */
public final class ApiException extends PublishException {

    private final int status;

    public ApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
