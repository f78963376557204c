package com.cataloggraph.agentsmd.run;

import java.util.List;

/**
 * What a run did with one repository.
 *
 * @param reason   why, in a sentence (the check result, the publisher's detail, the failure)
 * @param url      the merge request, pull request or remote, or null
 * @param digest   the draft's digest, or null when no draft was made
 * @param problems files the analysis could not read, as {@code file:line: message}
 */
public record RepositoryOutcome(String repository, RepositoryState state, String reason, String url, String digest,
                                List<String> problems) {

    public RepositoryOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
