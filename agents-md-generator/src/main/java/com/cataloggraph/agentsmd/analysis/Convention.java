package com.cataloggraph.agentsmd.analysis;

import java.util.List;

/**
 * A convention the repository states in files.
 *
 * @param text    what to do, e.g. {@code indent with 4 spaces}
 * @param sources the files that say so
 */
public record Convention(String text, List<String> sources) {

    public Convention {
        sources = List.copyOf(sources);
    }

    public Convention(String text, String source) {
        this(text, List.of(source));
    }
}
