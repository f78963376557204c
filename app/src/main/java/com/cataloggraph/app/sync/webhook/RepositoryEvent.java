package com.cataloggraph.app.sync.webhook;

import java.util.List;

/** What a delivery says happened to one repository, in the provider-neutral terms the catalog acts on. */
public sealed interface RepositoryEvent {

    /** The repository's path ({@code group/name}, {@code org/repo}) now. */
    String slug();

    /**
     * Commits pushed to a branch.
     *
     * @param paths the paths the commits added, modified or removed; null when the delivery does not list them all
     */
    record Pushed(String slug, String branch, String defaultBranch, List<String> paths) implements RepositoryEvent {
    }

    /** A merge request merged into {@code targetBranch} (the changed paths are not in the payload). */
    record Merged(String slug, String targetBranch, String defaultBranch) implements RepositoryEvent {
    }

    /** The repository was renamed or transferred from {@code oldSlug}. */
    record Renamed(String slug, String oldSlug) implements RepositoryEvent {
    }

    /** The repository was deleted. */
    record Removed(String slug) implements RepositoryEvent {
    }

    /** The repository was created, archived, unarchived or otherwise changed in what the filters look at. */
    record Changed(String slug, String what) implements RepositoryEvent {
    }

    /** A tag was pushed: the branch read does not change. */
    record Tagged(String slug) implements RepositoryEvent {
    }
}
