package com.cataloggraph.agentsmd.run;

import java.util.Locale;

/** Where one repository stands in a run. */
public enum RepositoryState {
    /** Dry run: a draft was made and would be proposed. */
    DRAFTED,
    /** Nothing to propose: the repository (or the open proposal) already has this draft. */
    UNCHANGED,
    /** A proposal was opened. */
    OPENED,
    /** The open proposal was updated. */
    UPDATED,
    /** Deliberately left alone (e.g. hand-edited generated block). */
    SKIPPED,
    /** Something failed; a resumed run tries it again. */
    FAILED;

    /** A resumed run does not touch repositories in these states again. */
    public boolean settled() {
        return this != FAILED;
    }

    /** The lowercase name used in reports, the graph and JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RepositoryState ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
