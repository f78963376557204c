package com.cataloggraph.app.sync;

import java.util.Set;
import java.util.function.Consumer;

/** A source whose repositories can be re-read by name (what a webhook delivery asks for). */
public interface Rereadable {

    /** The source's name in sync state. */
    String name();

    /**
     * Re-reads the named repositories only; never throws for a host's failure (the outcome says it).
     *
     * @param waiting hears why the re-read waits before it writes ({@code an ingest is running on <holder> since
     *                <time>}: another run, in this or another process, holds the ingest lease)
     */
    SyncOutcome reread(Set<String> slugs, Consumer<String> waiting);
}
