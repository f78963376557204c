package com.cataloggraph.ingest.placeholder;

/** What a placeholder's reference turned out to be. */
public sealed interface PlaceholderFile {

    /**
     * The referenced file, read.
     *
     * @param treePath       its path in the source tree (what incremental runs re-check)
     * @param repositoryPath its path inside the repository (what {@code definitionPath} records)
     */
    record Found(String treePath, String repositoryPath, byte[] bytes, String sha256) implements PlaceholderFile {
    }

    /** Inside the repository, but no such file. */
    record Missing(String treePath) implements PlaceholderFile {
    }

    /** Resolves outside the descriptor's repository (or through a link leading out of it). */
    record OutsideRepository(String resolved, String repository) implements PlaceholderFile {
    }

    /** A file this source cannot read (a discovered repository's file that was not fetched). */
    record NotAvailable(String url) implements PlaceholderFile {
    }

    /** Exists but cannot be used (too large, unreadable). */
    record Unreadable(String treePath, String reason) implements PlaceholderFile {
    }
}
