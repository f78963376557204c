package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where descriptors come from: a folder of repository checkouts, one repository, one Location
 * file, or repositories discovered on GitLab or GitHub. The ingester follows Location targets
 * itself, through each file's {@link SourceTree}.
 */
public interface DescriptorSource {

    /**
     * A stable id such as {@code dir:/srv/repos}: the scope of reconciliation. Files this source produced
     * in an earlier run and no longer finds make their entities orphans; other sources' files are untouched.
     */
    String id();

    /** What to call it in progress lines and reports. */
    String description();

    /**
     * The descriptor files the source finds by itself, in a stable order (earlier files win ref conflicts
     * among new entities).
     *
     * @throws SourceUnavailableException when the source cannot be listed at all; its earlier files are then
     *                                    left as they were rather than treated as deleted
     */
    List<DescriptorFile> discover() throws SourceUnavailableException;

    /**
     * Repositories this source could not read this time (a host error, an exhausted rate limit), by
     * the name their files record as repository, with the reason. Their earlier files and entities stay
     * as they were instead of vanishing.
     */
    default Map<String, String> unreadableRepositories() {
        return Map.of();
    }

    /**
     * False for a repository (by the name its files record) this run does not speak for: its stored files and
     * entities stay exactly as they were, neither re-read nor orphaned. A sync that knows a repository unchanged,
     * or a webhook re-reading one repository of a group, covers only part of its source.
     */
    default boolean covers(String repository) {
        return true;
    }

    /** Thrown when a source cannot be read at all (a missing mount, a refused listing). */
    final class SourceUnavailableException extends IOException {
        public SourceUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
