package com.cataloggraph.agentsmd.draft;

/** How an existing AGENTS.md compares with a fresh draft. */
public enum DraftStatus {
    /** There is no AGENTS.md. */
    MISSING,
    /** There is an AGENTS.md without a generated block (written by hand). */
    UNMANAGED,
    /** The generated block is what a fresh draft would write. */
    UP_TO_DATE,
    /** The generated block is intact but a fresh draft differs: the repository or the catalog changed. */
    STALE,
    /** The generated block was edited by hand (or its markers are broken): regeneration would lose those edits. */
    EDITED
}
