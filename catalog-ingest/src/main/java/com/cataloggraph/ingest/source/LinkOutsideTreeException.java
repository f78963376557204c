package com.cataloggraph.ingest.source;

import java.io.IOException;

/** A file of a tree that is a link leading out of it: never followed, reported instead. */
public final class LinkOutsideTreeException extends IOException {

    public LinkOutsideTreeException(String message) {
        super(message);
    }
}
