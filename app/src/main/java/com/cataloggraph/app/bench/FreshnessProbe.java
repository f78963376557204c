package com.cataloggraph.app.bench;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What {@code bench freshness} does to a served catalog: adds a component owned by a known group, announces it as a
 * GitLab push delivery, and asks {@code get_owner} over MCP (as an agent would) until the answer shows it.
 */
final class FreshnessProbe {

    private final String base;
    private final String owner;
    private final HttpClient http = HttpClient.newHttpClient();

    FreshnessProbe(String base, String owner) {
        this.base = base;
        this.owner = owner;
    }

    /** A YAML document appended to a descriptor: a new component owned by the known group. */
    String document(String name) {
        return "\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + name
                + "\nspec:\n  type: service\n  lifecycle: production\n  owner: " + owner + "\n";
    }

    /** A GitLab push delivery, as GitLab's "Webhook events" page shapes it, naming {@code catalog-info.yaml}. */
    void deliverPush(String secret, String project) throws IOException, InterruptedException {
        String body = """
                {"object_kind":"push","event_name":"push","ref":"refs/heads/main","checkout_sha":"%s",
                 "project":{"id":1,"path_with_namespace":"%s","default_branch":"main"},
                 "commits":[{"id":"%s","added":[],"modified":["catalog-info.yaml"],"removed":[]}],
                 "total_commits_count":1}""".formatted(sha(), project, sha());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/gitlab"))
                .header("Content-Type", "application/json").header("X-Gitlab-Event", "Push Hook")
                .header("X-Gitlab-Token", secret).header("X-Gitlab-Event-UUID", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202 || !response.body().contains("\"queued\"")) {
            throw new IllegalStateException("the delivery for " + project + " was answered " + response.statusCode()
                    + ": " + response.body());
        }
    }

    /** Asks {@code get_owner} until it names the owner; returns {@link System#nanoTime()} when it did. */
    long awaitOwner(String component, Duration within) throws InterruptedException {
        try (McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp")
                        .build())
                .requestTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                CallToolResult result = client.callTool(new CallToolRequest("get_owner", Map.of("entity", component)));
                if (!Boolean.TRUE.equals(result.isError()) && owns(result)) {
                    return System.nanoTime();
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException(component + " was not visible over MCP within " + within);
    }

    @SuppressWarnings("unchecked")
    private boolean owns(CallToolResult result) {
        Object owners = ((Map<String, Object>) result.structuredContent()).get("owners");
        return owners instanceof List<?> list && !list.isEmpty()
                && owner.equals(((Map<String, Object>) ((Map<String, Object>) list.getFirst()).get("owner")).get("ref"));
    }

    private static String sha() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 40);
    }
}
