package com.cataloggraph.agentsmd.config;

import com.cataloggraph.codehosts.http.JsonApi;

/** A client for a configured code host ({@code catalog.agents-md.gitlab|github.*}), e.g. to comment on a merge request. */
@FunctionalInterface
public interface HostApis {

    /**
     * @param kind {@code gitlab} or {@code github}
     * @throws IllegalArgumentException when that host has no API URL or token
     */
    JsonApi api(String kind);
}
