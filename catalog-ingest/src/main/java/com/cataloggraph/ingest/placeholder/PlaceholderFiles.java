package com.cataloggraph.ingest.placeholder;

/** Reads what a placeholder refers to, relative to the descriptor that contains it. */
@FunctionalInterface
public interface PlaceholderFiles {

    /** @param reference the placeholder's value as written, e.g. {@code ./openapi.yaml}; never a URL */
    PlaceholderFile read(String reference);
}
