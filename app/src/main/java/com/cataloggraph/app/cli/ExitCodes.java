package com.cataloggraph.app.cli;

/** What the process's exit status means; scripts and CI rely on these. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something failed that is not one of the cases below. */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's usage errors). */
    public static final int USAGE = 2;
    /** The embedded data folder is held by another process that could not be attached to. */
    public static final int DATA_IN_USE = 3;
    /** The database could not be reached. */
    public static final int DATABASE_UNAVAILABLE = 4;
    /** {@code --strict}: the run finished but found errors in the input. */
    public static final int INPUT_ERRORS = 5;
    /** A query was refused (it writes, reads files, times out, does not parse). */
    public static final int QUERY_REFUSED = 6;
    /** {@code agents-md check}: some AGENTS.md is missing, stale or edited by hand. */
    public static final int NOT_UP_TO_DATE = 7;

    private ExitCodes() {
    }
}
