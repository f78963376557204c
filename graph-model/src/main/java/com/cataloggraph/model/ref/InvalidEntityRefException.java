package com.cataloggraph.model.ref;

/** A string that is not an entity reference; the message says which rule it broke. */
public class InvalidEntityRefException extends IllegalArgumentException {

    private final String value;

    public InvalidEntityRefException(String value, String message) {
        super(message);
        this.value = value;
    }

    /** The offending text as written. */
    public String value() {
        return value;
    }
}
