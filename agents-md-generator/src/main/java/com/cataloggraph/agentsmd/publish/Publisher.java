package com.cataloggraph.agentsmd.publish;

/** Proposes a draft to one repository: a pushed branch, a merge request or a pull request. */
public interface Publisher {

    /** {@code local}, {@code gitlab} or {@code github}. */
    String name();

    /**
     * Creates or updates the proposal. Idempotent: publishing the same draft again returns
     * {@link PublishOutcome#UNCHANGED} and changes nothing.
     *
     * @throws PublishException when the repository or its host refuses, with what was asked and what it answered
     */
    PublishResult publish(PublishRequest request);
}
