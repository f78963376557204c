package com.cataloggraph.codehosts.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A host's answer, read whole (within the request's limit).
 *
 * @param uri     where it came from (after redirects on the same host)
 * @param status  the HTTP status
 * @param headers the headers, by lowercase name
 * @param body    the body; empty for none
 */
public record HostResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body) {

    public HostResponse {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Map.copyOf(lower);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body as JSON; a missing node for an empty body.
     *
     * @throws HostException ({@link HostException.Reason#MALFORMED}) when it is not JSON
     */
    public JsonNode json(String what) {
        return Json.parse(body, what);
    }

    /** The host's error message, short: the {@code message} (and {@code errors}) of a JSON error, else the text. */
    public String errorSummary() {
        return ErrorSummary.of(body);
    }

    @Override
    public String toString() {
        return "HostResponse[" + status + " " + uri + ", " + body.length + " bytes]";
    }
}
