package com.cataloggraph.agentsmd.run;

/** A {@code --select} value that is malformed or names nothing in the catalog. */
public final class InvalidSelectionException extends IllegalArgumentException {

    public InvalidSelectionException(String message) {
        super(message);
    }
}
