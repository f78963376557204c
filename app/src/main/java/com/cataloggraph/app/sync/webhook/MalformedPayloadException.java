package com.cataloggraph.app.sync.webhook;

/** A delivery's body is not what the provider documents: answered 400 with the field it lacks. */
public final class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }
}
