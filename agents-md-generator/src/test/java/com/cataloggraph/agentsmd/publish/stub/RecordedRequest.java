package com.cataloggraph.agentsmd.publish.stub;

import tools.jackson.databind.JsonNode;

/**
 * A request a stub received.
 *
 * @param target method and raw path with query, e.g. {@code GET /api/v4/projects/acme%2Fledger}
 * @param body   the JSON body, or null
 */
public record RecordedRequest(String target, JsonNode body) {

    public String method() {
        return target.substring(0, target.indexOf(' '));
    }

    @Override
    public String toString() {
        return target + (body == null ? "" : " " + body);
    }
}
