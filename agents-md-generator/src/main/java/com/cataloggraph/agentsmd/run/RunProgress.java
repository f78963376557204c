package com.cataloggraph.agentsmd.run;

/** Hears about a run while it works; called from worker threads, one call at a time. */
public interface RunProgress {

    RunProgress NONE = new RunProgress() {
    };

    /**
     * @param candidates checkouts under the root that pass the name selection
     * @param settled    repositories a resumed run already settled and skips
     */
    default void started(String runId, int candidates, int settled) {
    }

    /**
     * @param handled repositories handled so far in this invocation (selected or not)
     * @param selected false when the catalog showed the repository is not in the selection (nothing recorded)
     */
    default void repositoryDone(RepositoryOutcome outcome, boolean selected, int handled, int candidates) {
    }

    /** After each repository of a run over a code host: requests sent so far, and rate-limit waits. */
    default void hostActivity(int requests, int rateLimitWaits) {
    }

    default void finished(RunReport report) {
    }
}
