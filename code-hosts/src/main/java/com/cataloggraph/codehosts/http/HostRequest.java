package com.cataloggraph.codehosts.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a host.
 *
 * @param method       {@code GET}, {@code HEAD}, {@code POST}, ...
 * @param target       a path below the API root ({@code /projects/12}) or an absolute URL on the API's own host
 *                     (a next-page link)
 * @param headers      sent on top of the client's own headers, replacing same-named ones
 * @param body         the request body, or null for none (then {@code Content-Type} is not sent)
 * @param maxBodyBytes the longest response body read; a longer one fails with
 *                     {@link HostException.Reason#BODY_TOO_LARGE} without being read further; 0 for the client's
 *                     default
 */
public record HostRequest(String method, String target, Map<String, String> headers, byte[] body, long maxBodyBytes) {

    public HostRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        headers = Map.copyOf(headers);
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative, was " + maxBodyBytes);
        }
    }

    public static HostRequest get(String target) {
        return new HostRequest("GET", target, Map.of(), null, 0);
    }

    public static HostRequest head(String target) {
        return new HostRequest("HEAD", target, Map.of(), null, 0);
    }

    /** A request with a JSON body ({@code null} for none). */
    public static HostRequest json(String method, String target, Object body) {
        if (body == null) {
            return new HostRequest(method, target, Map.of(), null, 0);
        }
        return new HostRequest(method, target, Map.of("Content-Type", "application/json"),
                Json.write(body).getBytes(StandardCharsets.UTF_8), 0);
    }

    public HostRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HostRequest(method, target, more, body, maxBodyBytes);
    }

    public HostRequest withMaxBodyBytes(long limit) {
        return new HostRequest(method, target, headers, body, limit);
    }

    /** GET and HEAD change nothing: safe to retry after a 500 or a broken connection, and never paced. */
    public boolean idempotent() {
        return method.equals("GET") || method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + target;
    }
}
