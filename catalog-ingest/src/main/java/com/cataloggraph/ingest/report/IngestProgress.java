package com.cataloggraph.ingest.report;

/**
 * Hears about a run while it happens, for a progress line on a terminal. Called from the worker
 * threads that process files, so implementations must be thread-safe.
 */
public interface IngestProgress {

    IngestProgress NONE = new IngestProgress() {
    };

    /** More files are known: the sources' own, then each wave of Location targets. */
    default void filesFound(int files) {
    }

    /** One file was processed (or skipped as unchanged). */
    default void fileDone(String file, int entities, int errors) {
    }

    /** The run entered a phase: {@code discovering}, {@code processing}, {@code writing}, {@code reconciling}. */
    default void phase(String phase) {
    }

    /** The run waits for another process's run to finish first: {@code an ingest is running on <holder> since <time>}. */
    default void waiting(String reason) {
    }

    /** The run is over. */
    default void finished(IngestReport report) {
    }
}
