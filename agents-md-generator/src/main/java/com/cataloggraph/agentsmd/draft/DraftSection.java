package com.cataloggraph.agentsmd.draft;

import java.util.List;

/** One {@code ##} section of the generated block: its title and its lines. */
public record DraftSection(String title, List<String> lines) {

    public DraftSection {
        lines = List.copyOf(lines);
    }
}
