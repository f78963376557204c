package com.cataloggraph.model.query;

/** A cursor that this catalog did not hand out. */
public class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String cursor) {
        super("Invalid cursor \"" + cursor + "\": pass the nextCursor of a previous page unchanged, "
                + "or omit it to start from the first page");
    }
}
