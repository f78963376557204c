package com.cataloggraph.model.query;

/**
 * A cursor this catalog did not hand out for this query: made up, edited, or taken from another
 * query (other filters, another entity, another tool). The message does not repeat the cursor.
 */
public class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException() {
        super("Invalid cursor: it was not issued for this query (other filters or arguments) or was changed. "
                + "Pass the nextCursor of the previous page unchanged, with the same arguments, or omit it to "
                + "start from the first page.");
    }
}
