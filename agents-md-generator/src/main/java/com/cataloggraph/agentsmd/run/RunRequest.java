package com.cataloggraph.agentsmd.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A bulk run to start: the same record serves the command line and a GraphQL mutation.
 *
 * @param root        folder whose sub-folders are repository checkouts; null for a run over a host
 * @param host        {@code gitlab:GROUP} or {@code github:ORG}: the host's repositories, read through its API
 *                    without cloning, proposed to by that host's publisher; null for checkouts
 * @param selection   {@code owner=...}, {@code system=...}, {@code repo=...} (comma-separated values; see {@link Selection})
 * @param publisher   {@code local}, {@code gitlab} or {@code github}
 * @param dryRun      draft only; publish nothing
 * @param concurrency repositories worked on at once
 * @param outDir      for a dry run, where to write each draft ({@code outDir/<repo>/AGENTS.md}); may be null
 */
public record RunRequest(Path root, String host, List<String> selection, String publisher, boolean dryRun,
                         int concurrency, Path outDir) {

    public RunRequest {
        if ((root == null) == (host == null)) {
            throw new IllegalArgumentException("a run needs either a root folder of checkouts or a host "
                    + "(gitlab:GROUP or github:ORG), not both");
        }
        if (host != null) {
            if (!com.cataloggraph.agentsmd.source.HostConnection.isHost(host) || host.indexOf(':') == host.length() - 1) {
                throw new IllegalArgumentException("a run's host must be gitlab:GROUP or github:ORG, was " + host);
            }
            publisher = host.substring(0, host.indexOf(':'));
        }
        Objects.requireNonNull(publisher, "publisher");
        selection = selection == null ? List.of() : List.copyOf(selection);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
    }

    /** A run over checkouts under {@code root}. */
    public RunRequest(Path root, List<String> selection, String publisher, boolean dryRun, int concurrency,
                      Path outDir) {
        this(root, null, selection, publisher, dryRun, concurrency, outDir);
    }

    /** A run over a host's repositories ({@code gitlab:GROUP} or {@code github:ORG}), proposed to by that host. */
    public static RunRequest overHost(String host, List<String> selection, boolean dryRun, int concurrency,
                                      Path outDir) {
        return new RunRequest(null, host, selection, null, dryRun, concurrency, outDir);
    }
}
