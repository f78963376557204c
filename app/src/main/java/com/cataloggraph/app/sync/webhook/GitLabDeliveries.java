package com.cataloggraph.app.sync.webhook;

import static com.cataloggraph.app.sync.webhook.PayloadFields.optional;
import static com.cataloggraph.app.sync.webhook.PayloadFields.text;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * GitLab's webhook and system-hook deliveries as GitLab documents them ("Webhook events", "System hooks"): the
 * event in {@code X-Gitlab-Event}, the delivery in {@code X-Gitlab-Event-UUID}, the body's {@code object_kind}
 * (project hooks) or {@code event_name} (system hooks).
 */
final class GitLabDeliveries {

    private GitLabDeliveries() {
    }

    static Delivery parse(String eventHeader, String uuid, byte[] body, Instant receivedAt) {
        JsonNode root = PayloadFields.parse(body);
        String id = uuid != null && !uuid.isBlank() ? uuid : "gitlab-" + UUID.randomUUID();
        String kind = optional(root, "object_kind");
        String eventName = optional(root, "event_name");
        String event = kind != null ? kind : eventName != null ? eventName : String.valueOf(eventHeader);
        return new Delivery(id, event, events(event, root), receivedAt);
    }

    private static List<RepositoryEvent> events(String event, JsonNode root) {
        return switch (event) {
            case "push" -> List.of(push(root));
            case "tag_push" -> List.of(new RepositoryEvent.Tagged(slug(root)));
            case "merge_request" -> "merge".equals(optional(root, "object_attributes.action"))
                    ? List.of(new RepositoryEvent.Merged(text(root, "project.path_with_namespace"),
                            text(root, "object_attributes.target_branch"), optional(root, "project.default_branch")))
                    : List.of();
            case "project_create" -> List.of(new RepositoryEvent.Changed(text(root, "path_with_namespace"), "created"));
            case "project_update" -> List.of(new RepositoryEvent.Changed(text(root, "path_with_namespace"), "updated"));
            case "project_destroy" -> List.of(new RepositoryEvent.Removed(text(root, "path_with_namespace")));
            case "project_rename", "project_transfer" -> List.of(new RepositoryEvent.Renamed(
                    text(root, "path_with_namespace"), text(root, "old_path_with_namespace")));
            case "repository_update" -> List.of(new RepositoryEvent.Pushed(text(root, "project.path_with_namespace"),
                    null, optional(root, "project.default_branch"), null));
            default -> List.of();
        };
    }

    /**
     * A push: {@code project.path_with_namespace}, {@code ref}, and the paths of its listed commits. GitLab lists at
     * most 20 commits; when {@code total_commits_count} is larger the changed paths are not all known (null).
     */
    private static RepositoryEvent push(JsonNode root) {
        String slug = text(root, "project.path_with_namespace");
        String ref = text(root, "ref");
        List<String> paths = PayloadFields.strings(root, "commits", List.of("added", "modified", "removed"));
        int listed = root.path("commits").size();
        boolean complete = listed > 0 && root.path("total_commits_count").asInt(listed) <= listed;
        return new RepositoryEvent.Pushed(slug, PayloadFields.branch(ref), optional(root, "project.default_branch"),
                complete ? paths : null);
    }

    private static String slug(JsonNode root) {
        return text(root, "project.path_with_namespace");
    }
}
