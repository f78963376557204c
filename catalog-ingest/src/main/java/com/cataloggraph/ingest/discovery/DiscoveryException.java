package com.cataloggraph.ingest.discovery;

/**
 * Discovery cannot go on: the listing itself failed (bad token, unknown group, a server that keeps
 * failing). Problems with single repositories are not thrown; they are in {@link DiscoveryResult#problems()}.
 */
public class DiscoveryException extends RuntimeException {

    public DiscoveryException(String message) {
        super(message);
    }

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
