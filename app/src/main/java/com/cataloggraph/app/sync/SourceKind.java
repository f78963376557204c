package com.cataloggraph.app.sync;

/** What a configured source is. */
public enum SourceKind {
    /** A local folder of repository checkouts, one repository, or a Location file. */
    FOLDER,
    /** A GitLab group and its subgroups. */
    GITLAB,
    /** A GitHub organization. */
    GITHUB
}
