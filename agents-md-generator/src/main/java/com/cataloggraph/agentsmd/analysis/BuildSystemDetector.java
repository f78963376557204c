package com.cataloggraph.agentsmd.analysis;

import java.util.List;
import java.util.Optional;

/** Finds one kind of build system in one folder of a checkout and says how to run it. */
interface BuildSystemDetector {

    /** Files whose presence in a folder means this detector has something to say there. */
    List<String> markers();

    /**
     * @param directory the folder relative to the root, "" for the root
     * @param problems  where to report files that cannot be read; detection goes on without them
     */
    Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems);

    default boolean applies(RepositoryTree tree, String directory) {
        return markers().stream().anyMatch(marker -> tree.exists(RepositoryTree.join(directory, marker)));
    }

    /** {@code ./tool} when the wrapper script is checked in, else the tool on the PATH. */
    static String wrapperOr(RepositoryTree tree, String directory, String wrapper, String tool) {
        return tree.exists(RepositoryTree.join(directory, wrapper)) ? "./" + wrapper : tool;
    }
}
