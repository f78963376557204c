package com.cataloggraph.ingest.source;

import com.cataloggraph.codehosts.url.RepositoryUrl;
import java.util.List;
import java.util.Optional;

/**
 * Browsable links into a repository on a GitHub- or GitLab-style host, as Backstage's
 * {@code view-url}, {@code edit-url} and {@code source-location} annotations hold them.
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** The page showing a file, or null when the repository's host or branch is unknown. */
    public static String view(RepositoryInfo repository, String repositoryPath) {
        return link(repository, "blob", repositoryPath);
    }

    /**
     * The page showing a file at a revision (a commit, or else a branch), as GitLab
     * ({@code /-/blob/<revision>/<path>}) and GitHub ({@code /blob/<revision>/<path>}) spell it; null when the
     * repository's host or the revision is unknown. A {@code #L14} anchor after it shows line 14.
     */
    public static String blobAt(RepositoryInfo repository, String repositoryPath, String revision) {
        if (revision == null) {
            return null;
        }
        return link(new RepositoryInfo(repository.name(), repository.path(), repository.url(), repository.webUrl(),
                revision), "blob", repositoryPath);
    }

    public static String edit(RepositoryInfo repository, String repositoryPath) {
        return link(repository, "edit", repositoryPath);
    }

    /** The page of a folder, ending in {@code /}; {@code ""} is the repository's root. */
    public static String folder(RepositoryInfo repository, String repositoryFolder) {
        String link = link(repository, "tree", repositoryFolder);
        return link == null ? null : link.endsWith("/") ? link : link + "/";
    }

    /**
     * The tree path a browsable URL names when it points into this repository on its known branch
     * ({@code https://github.com/acme/org/blob/main/teams.yaml}), so such Location targets are read locally.
     */
    public static Optional<String> pathIn(RepositoryInfo repository, String url) {
        if (repository.webUrl() == null || repository.branch() == null || !url.startsWith(repository.webUrl() + "/")) {
            return Optional.empty();
        }
        String rest = url.substring(repository.webUrl().length() + 1);
        if (rest.startsWith("-/")) {
            rest = rest.substring(2);
        }
        for (String action : List.of("blob/", "tree/", "raw/", "edit/")) {
            String branchPrefix = action + repository.branch() + "/";
            if (rest.startsWith(branchPrefix)) {
                String path = TreePaths.resolve("", rest.substring(branchPrefix.length()));
                if (path == null || path.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(repository.path().isEmpty() ? path : repository.path() + "/" + path);
            }
        }
        return Optional.empty();
    }

    private static String link(RepositoryInfo repository, String action, String path) {
        if (repository.webUrl() == null || repository.branch() == null) {
            return null;
        }
        String host = RepositoryUrl.host(repository.webUrl());
        String separator = host != null && host.contains("gitlab") ? "/-/" : "/";
        return repository.webUrl() + separator + action + "/" + repository.branch() + (path.isEmpty() ? "" : "/" + path);
    }
}
