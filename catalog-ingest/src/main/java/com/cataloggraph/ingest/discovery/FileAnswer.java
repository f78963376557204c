package com.cataloggraph.ingest.discovery;

/** What a provider said about one file: its bytes, that it does not exist, or why it could not be read. */
sealed interface FileAnswer {

    record Found(byte[] bytes) implements FileAnswer {
    }

    record Missing() implements FileAnswer {
    }

    record Failed(String message) implements FileAnswer {
    }
}
