package com.cataloggraph.agentsmd.publish;

/** A repository or its host refused; the message says what was asked and what came back. */
public class PublishException extends RuntimeException {

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
