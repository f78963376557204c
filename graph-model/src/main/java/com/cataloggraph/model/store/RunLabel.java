package com.cataloggraph.model.store;

/** The bookkeeping nodes of runs a {@link RunHeartbeat} keeps alive. */
public enum RunLabel {
    /** Written by {@link IngestRunLog}. */
    INGEST_RUN("IngestRun"),
    /** Written by the AGENTS.md generator's run store. */
    AGENTS_MD_RUN("AgentsMdRun");

    private final String label;

    RunLabel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
