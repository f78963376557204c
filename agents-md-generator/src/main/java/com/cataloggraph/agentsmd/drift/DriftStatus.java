package com.cataloggraph.agentsmd.drift;

/** What a change does to AGENTS.md. */
public enum DriftStatus {
    /** The change touches nothing AGENTS.md says. */
    NOT_AFFECTED,
    /** The change moves facts AGENTS.md states, and updates the file to match. */
    UPDATED_IN_CHANGE,
    /** The change moves facts AGENTS.md states, and the file still says the old ones. */
    STALE,
    /** The change moves generated facts, but the repository has no AGENTS.md to go stale. */
    NO_FILE;

    /** Exit code of {@code agents-md check --diff}: 7 when stale, else 0. */
    public int exitCode() {
        return this == STALE ? 7 : 0;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
