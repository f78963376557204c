package com.cataloggraph.agentsmd.analysis;

import java.util.List;

/**
 * One CI job and the build commands it runs, in order.
 *
 * @param file     the CI file, e.g. {@code .gitlab-ci.yml}
 * @param name     the job's id
 * @param commands command lines that start with a build tool or a repository script
 */
public record CiJob(String file, String name, List<String> commands) {

    public CiJob {
        commands = List.copyOf(commands);
    }
}
