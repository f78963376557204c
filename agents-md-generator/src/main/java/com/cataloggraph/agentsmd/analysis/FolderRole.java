package com.cataloggraph.agentsmd.analysis;

/** What a folder is for; the draft names folders by role and never lists the rest. */
public enum FolderRole {
    SOURCE("source"),
    TESTS("tests"),
    DOCS("docs"),
    API_DEFINITIONS("API definitions"),
    MIGRATIONS("database migrations"),
    DEPLOYMENT("deployment"),
    SCRIPTS("scripts"),
    GENERATED("generated"),
    VENDORED("vendored");

    private final String title;

    FolderRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
