package com.cataloggraph.mcp.tool;

/**
 * The catalog database is not there to answer: it failed to open, or is still opening after the
 * configured wait. Not the caller's mistake, so it becomes a protocol error naming the cause.
 */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message) {
        super(message);
    }
}
