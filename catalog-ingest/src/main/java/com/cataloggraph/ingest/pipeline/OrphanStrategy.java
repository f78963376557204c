package com.cataloggraph.ingest.pipeline;

/** What happens to entities whose descriptor disappeared. */
public enum OrphanStrategy {
    /** Flag them {@code orphan = true} and keep them (Backstage's default). */
    KEEP,
    /** Delete them; one still referenced by others stays as a {@code missing} placeholder. */
    DELETE
}
