package com.cataloggraph.ingest.discovery;

import java.nio.charset.StandardCharsets;

/** The start of an error body, for messages: enough to see GitLab's or GitHub's reason, never a whole page. */
final class ProviderMessages {

    private static final int MAX = 200;

    private ProviderMessages() {
    }

    static String summary(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "(empty body)" : text.length() > MAX ? text.substring(0, MAX) + "..." : text;
    }
}
