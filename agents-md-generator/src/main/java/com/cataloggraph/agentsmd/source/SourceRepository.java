package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.checkout.Checkout;
import java.util.Optional;

/** One repository of a run, read only when the run gets to it. */
public interface SourceRepository {

    /** The name a run reports it under: a checkout's folder name, or a host's {@code group/project} path. */
    String name();

    /** What identifies it to the catalog and to publishers: its name and remote URL. */
    Checkout checkout();

    /** Its files at the commit the run drafts from (for a host: its default branch's head now). */
    RepositoryTree tree();

    /**
     * Why a proposal is already settled without asking the host again: the same commit gave the same draft in an
     * earlier run, which then found or made its proposal. Empty when the repository must go to the publisher.
     */
    default Optional<String> alreadyProposed(String digest) {
        return Optional.empty();
    }

    /** Remembers that a proposal for this draft is in place (opened, updated or found unchanged). */
    default void proposed(String digest) {
    }
}
