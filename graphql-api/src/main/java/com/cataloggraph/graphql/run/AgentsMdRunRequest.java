package com.cataloggraph.graphql.run;

import java.util.List;

/**
 * @param repositories      repositories to draft for (URLs, slugs or names); empty for all known ones
 * @param openMergeRequests propose the drafts as merge requests rather than only writing them
 */
public record AgentsMdRunRequest(List<String> repositories, boolean openMergeRequests) {

    public AgentsMdRunRequest {
        repositories = repositories == null ? List.of() : List.copyOf(repositories);
    }
}
