package com.cataloggraph.agentsmd.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A bulk run to start: the same record serves the command line and a GraphQL mutation.
 *
 * @param root        folder whose sub-folders are repository checkouts
 * @param selection   {@code owner=...}, {@code system=...}, {@code repo=...} (comma-separated values; see {@link Selection})
 * @param publisher   {@code local}, {@code gitlab} or {@code github}
 * @param dryRun      draft only; publish nothing
 * @param concurrency repositories worked on at once
 * @param outDir      for a dry run, where to write each draft ({@code outDir/<repo>/AGENTS.md}); may be null
 */
public record RunRequest(Path root, List<String> selection, String publisher, boolean dryRun, int concurrency,
                         Path outDir) {

    public RunRequest {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(publisher, "publisher");
        selection = selection == null ? List.of() : List.copyOf(selection);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
    }
}
