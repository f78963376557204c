package com.cataloggraph.agentsmd.publish.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A response: status, headers (lowercase names) and the JSON body (a missing node when there is none). */
public record ApiResponse(int status, Map<String, List<String>> headers, JsonNode body) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
