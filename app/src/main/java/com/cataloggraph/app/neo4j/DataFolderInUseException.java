package com.cataloggraph.app.neo4j;

/** Another process holds the embedded data folder. */
public class DataFolderInUseException extends RuntimeException {

    public DataFolderInUseException(String message) {
        super(message);
    }
}
