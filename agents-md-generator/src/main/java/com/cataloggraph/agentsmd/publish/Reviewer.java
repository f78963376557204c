package com.cataloggraph.agentsmd.publish;

import java.util.Map;

/**
 * A person from the owning team who should review, with the catalog's annotations that map them
 * to accounts on code hosts ({@code gitlab.com/user-login}, {@code github.com/user-login}, as the
 * Backstage org providers write them).
 *
 * @param ref  the user's entity ref
 * @param name the user's entity name, the fallback login
 */
public record Reviewer(String ref, String name, Map<String, String> annotations) {

    public Reviewer {
        annotations = Map.copyOf(annotations);
    }

    /**
     * The login on a host: its annotation ({@code gitlab.com/user-login}), which may be a profile URL, else the
     * entity's name.
     */
    public String login(String annotationPrefix) {
        String value = annotations.get(annotationPrefix + "/user-login");
        if (value == null || value.isBlank()) {
            return name;
        }
        String trimmed = value.strip().replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1).replaceFirst("^@", "");
    }
}
