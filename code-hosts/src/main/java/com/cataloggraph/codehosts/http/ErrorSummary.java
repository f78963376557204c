package com.cataloggraph.codehosts.http;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** The start of an error body, for messages: enough to see GitLab's or GitHub's reason, never a whole page. */
final class ErrorSummary {

    private static final int MAX = 300;

    private ErrorSummary() {
    }

    static String of(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "(empty body)";
        }
        String summary = fromJson(text);
        summary = (summary != null ? summary : text).replaceAll("\\s+", " ");
        return summary.length() > MAX ? summary.substring(0, MAX) + "..." : summary;
    }

    /** GitLab's and GitHub's error objects: {@code message} (a string or an object), then {@code errors}, or {@code error}. */
    private static String fromJson(String text) {
        if (!text.startsWith("{")) {
            return null;
        }
        JsonNode body;
        try {
            body = Json.parse(text.getBytes(StandardCharsets.UTF_8), "error");
        } catch (HostException e) {
            return null;
        }
        if (body.has("message")) {
            JsonNode message = body.get("message");
            String summary = message.isString() ? message.stringValue() : message.toString();
            return body.has("errors") ? summary + " " + body.get("errors") : summary;
        }
        if (body.has("error")) {
            JsonNode error = body.get("error");
            return error.isString() ? error.stringValue() : error.toString();
        }
        return null;
    }
}
