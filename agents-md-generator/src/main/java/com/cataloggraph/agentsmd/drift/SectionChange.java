package com.cataloggraph.agentsmd.drift;

import java.util.List;

/**
 * The lines of one generated section that a change moves.
 *
 * @param section the {@code ##} section, e.g. {@code Commands}
 * @param removed lines AGENTS.md says now that are no longer true
 * @param added   lines it should say instead
 */
public record SectionChange(String section, List<String> removed, List<String> added) {

    public SectionChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
