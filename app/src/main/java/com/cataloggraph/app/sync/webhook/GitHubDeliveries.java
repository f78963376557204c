package com.cataloggraph.app.sync.webhook;

import static com.cataloggraph.app.sync.webhook.PayloadFields.optional;
import static com.cataloggraph.app.sync.webhook.PayloadFields.text;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * GitHub's webhook deliveries as GitHub documents them ("Webhook events and payloads"): the event in
 * {@code X-GitHub-Event}, the delivery in {@code X-GitHub-Delivery}; {@code push} and {@code repository}
 * (created, deleted, archived, unarchived, renamed, transferred, edited) are read, {@code ping} and the rest ignored.
 */
final class GitHubDeliveries {

    /** GitHub lists at most this many commits in a push. */
    static final int LISTED_COMMITS = 2048;

    private GitHubDeliveries() {
    }

    static Delivery parse(String event, String delivery, byte[] body, Instant receivedAt) {
        if (event == null || event.isBlank()) {
            throw new MalformedPayloadException("header 'X-GitHub-Event' is missing");
        }
        JsonNode root = PayloadFields.parse(body);
        String id = delivery != null && !delivery.isBlank() ? delivery : "github-" + UUID.randomUUID();
        return switch (event) {
            case "push" -> new Delivery(id, event, List.of(push(root)), receivedAt);
            case "repository" -> {
                String action = text(root, "action");
                yield new Delivery(id, event + "." + action, repository(action, root), receivedAt);
            }
            default -> new Delivery(id, event, List.of(), receivedAt);
        };
    }

    private static RepositoryEvent push(JsonNode root) {
        String slug = text(root, "repository.full_name");
        String ref = text(root, "ref");
        if (ref.startsWith("refs/tags/")) {
            return new RepositoryEvent.Tagged(slug);
        }
        List<String> paths = PayloadFields.strings(root, "commits", List.of("added", "modified", "removed"));
        int listed = root.path("commits").size();
        boolean complete = listed > 0 && listed < LISTED_COMMITS && !root.path("deleted").asBoolean(false);
        return new RepositoryEvent.Pushed(slug, PayloadFields.branch(ref), optional(root, "repository.default_branch"),
                complete ? paths : null);
    }

    private static List<RepositoryEvent> repository(String action, JsonNode root) {
        String slug = text(root, "repository.full_name");
        return switch (action) {
            case "deleted" -> List.of(new RepositoryEvent.Removed(slug));
            case "renamed" -> List.of(new RepositoryEvent.Renamed(slug, slug.substring(0, slug.indexOf('/') + 1)
                    + text(root, "changes.repository.name.from")));
            case "transferred" -> {
                String from = optional(root, "changes.owner.from.organization.login");
                if (from == null) {
                    from = text(root, "changes.owner.from.user.login");
                }
                yield List.of(new RepositoryEvent.Renamed(slug, from + "/" + text(root, "repository.name")));
            }
            case "created", "archived", "unarchived", "edited", "publicized", "privatized" ->
                    List.of(new RepositoryEvent.Changed(slug, action));
            default -> List.of();
        };
    }
}
