package com.cataloggraph.agentsmd.analysis;

/** What a command is for; the draft lists commands in this order. */
public enum Purpose {
    SETUP("Setup"),
    BUILD("Build"),
    TEST("Test"),
    LINT("Lint"),
    FORMAT("Format"),
    TYPECHECK("Type-check"),
    CHECK("Full check"),
    RUN("Run"),
    GENERATE("Generate");

    private final String title;

    Purpose(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
