package com.cataloggraph.agentsmd.source;

import java.util.List;
import java.util.function.Predicate;

/** The repositories a run covers. */
public interface RepositorySource {

    /**
     * The repositories whose names pass the filter, sorted by name.
     *
     * @param nameFilter a run's {@code repo=} selection, tried on the full name and on its last segment
     */
    List<SourceRepository> repositories(Predicate<String> nameFilter);

    /** HTTP requests sent to the host so far (0 for checkouts). */
    default int requests() {
        return 0;
    }

    /** Rate-limit waits so far (0 for checkouts). */
    default int rateLimitWaits() {
        return 0;
    }
}
