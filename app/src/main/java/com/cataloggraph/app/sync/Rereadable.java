package com.cataloggraph.app.sync;

import java.util.Set;

/** A source whose repositories can be re-read by name (what a webhook delivery asks for). */
public interface Rereadable {

    /** The source's name in sync state. */
    String name();

    /** Re-reads the named repositories only; never throws for a host's failure (the outcome says it). */
    SyncOutcome reread(Set<String> slugs);
}
