package com.cataloggraph.agentsmd.analysis;

import java.util.List;

/**
 * What the repository's CI runs.
 *
 * @param jobs  jobs with at least one build command, by file then job id
 * @param facts toolchain facts CI pins, e.g. {@code Java 21 (actions/setup-java)} or an image name
 * @param files the CI files read
 */
public record CiConfig(List<CiJob> jobs, List<String> facts, List<String> files) {

    public static final CiConfig NONE = new CiConfig(List.of(), List.of(), List.of());

    public CiConfig {
        jobs = List.copyOf(jobs);
        facts = List.copyOf(facts);
        files = List.copyOf(files);
    }
}
