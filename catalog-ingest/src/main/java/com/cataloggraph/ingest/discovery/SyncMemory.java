package com.cataloggraph.ingest.discovery;

import java.util.Optional;

/**
 * What an earlier sync knew of each repository (kept by whoever syncs, in the graph). With it, discovery reads a
 * repository again only when the listing's change marker or the branch's head commit says it changed; without it
 * ({@link #NONE}) every repository's descriptors are read.
 */
@FunctionalInterface
public interface SyncMemory {

    SyncMemory NONE = new SyncMemory() {
        @Override
        public Optional<RepositoryVersion> recalled(String slug) {
            return Optional.empty();
        }

        @Override
        public boolean tracking() {
            return false;
        }
    };

    /** The version last synced of the repository {@code slug}, if there was one. */
    Optional<RepositoryVersion> recalled(String slug);

    /** True when versions are wanted: discovery then asks each changed repository's head commit too. */
    default boolean tracking() {
        return true;
    }
}
