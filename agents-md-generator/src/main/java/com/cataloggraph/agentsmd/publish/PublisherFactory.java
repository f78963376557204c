package com.cataloggraph.agentsmd.publish;

/** Makes the publisher a run asked for; one instance per run, so pacing spans the whole run. */
@FunctionalInterface
public interface PublisherFactory {

    /**
     * @param kind {@code local}, {@code gitlab} or {@code github}
     * @throws IllegalArgumentException for another kind, or when the host is not configured (no token)
     */
    Publisher create(String kind);
}
