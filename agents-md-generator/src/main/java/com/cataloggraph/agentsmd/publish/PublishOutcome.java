package com.cataloggraph.agentsmd.publish;

/** What publishing did. */
public enum PublishOutcome {
    /** A new proposal (branch, merge request or pull request) was created. */
    OPENED,
    /** The open proposal got a new commit (and its description was refreshed). */
    UPDATED,
    /** Nothing to do: the open proposal or the base branch already has exactly this file. */
    UNCHANGED,
    /** Deliberately left alone, e.g. the generated block was edited by hand. */
    SKIPPED
}
