package com.cataloggraph.agentsmd.checkout;

import com.cataloggraph.codehosts.git.GitCheckout;
import com.cataloggraph.codehosts.url.RedactedUrl;
import com.cataloggraph.codehosts.url.RepositoryUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A repository checkout: its folder (whose name the catalog records as {@code repository}) and the URL of its
 * remote, read from the git configuration (code-hosts' {@link GitCheckout}) without running git. The URL is kept
 * only {@linkplain RedactedUrl redacted}: a CI job token in {@code origin} never reaches a report, a log or the graph.
 *
 * @param name      the folder name
 * @param path      the folder, or null for a repository read through its host's API (no checkout)
 * @param remoteUrl the URL of the named remote without credentials, or null when there is none (or it is not a git
 *                  checkout)
 */
public record Checkout(String name, Path path, String remoteUrl) {

    public Checkout {
        remoteUrl = RedactedUrl.text(remoteUrl);
    }

    /** The checkout at this folder, with the URL of the remote named {@code remote}. */
    public static Checkout at(Path path, String remote) {
        Path folder = path.toAbsolutePath().normalize();
        String url = GitCheckout.of(folder).flatMap(git -> git.remoteUrl(remote)).orElse(null);
        return new Checkout(folder.getFileName().toString(), folder, url);
    }

    public boolean isGitCheckout() {
        return path != null && Files.exists(path.resolve(".git"));
    }

    /** {@code group/sub/project} of the remote, as GitLab and GitHub name it, if the URL has one. */
    public Optional<String> remotePath() {
        return RepositoryUrl.projectPath(remoteUrl);
    }
}
