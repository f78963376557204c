package com.cataloggraph.agentsmd.run;

import java.util.List;

/**
 * What every run shares (from {@code catalog.agents-md.*}).
 *
 * @param fileName     the file written, {@code AGENTS.md}
 * @param branch       the proposal branch
 * @param remote       the git remote that names the repository
 * @param labels       labels on merge and pull requests
 * @param maxReviewers reviewers requested per proposal
 */
public record RunSettings(String fileName, String branch, String remote, List<String> labels, int maxReviewers) {

    public RunSettings {
        labels = List.copyOf(labels);
    }
}
