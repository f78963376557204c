package com.cataloggraph.app.ingest;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.EntityRelation;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three ways the catalog is read — graph-model's shared queries, the MCP tool {@code get_entity}
 * and GraphQL's {@code entity} — each reduced to the same answer: an entity's direct relations as
 * {@code "relation other-ref"} lines, or empty when the catalog does not define it (yet).
 */
final class CatalogReaders {

    /** Reads one entity's relations; empty when the entity is absent or only a placeholder. */
    interface Reader {
        String name();

        Optional<Set<String>> relations(String ref) throws Exception;
    }

    private CatalogReaders() {
    }

    static Reader sharedQueries(CatalogGraph graph) {
        return new Reader() {
            @Override
            public String name() {
                return "graph-model";
            }

            @Override
            public Optional<Set<String>> relations(String ref) {
                if (graph.entities().find(ref).filter(entity -> !entity.summary().missing()).isEmpty()) {
                    return Optional.empty();
                }
                Set<String> lines = new TreeSet<>();
                for (EntityRelation relation : graph.entities().relations(ref)) {
                    lines.add(relation.relation() + " " + relation.other().ref());
                }
                return Optional.of(lines);
            }
        };
    }

    static Reader mcp(McpSyncClient client) {
        return new Reader() {
            @Override
            public String name() {
                return "mcp get_entity";
            }

            @Override
            @SuppressWarnings("unchecked")
            public Optional<Set<String>> relations(String ref) {
                McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("get_entity",
                        Map.of("entity", ref)));
                if (Boolean.TRUE.equals(result.isError())) {
                    String text = ((McpSchema.TextContent) result.content().getFirst()).text();
                    if (text.startsWith("No entity matches \"" + ref + "\"")) {
                        return Optional.empty();
                    }
                    throw new IllegalStateException("get_entity " + ref + " failed: " + text);
                }
                Map<String, Object> content = (Map<String, Object>) result.structuredContent();
                Map<String, Object> entity = (Map<String, Object>) content.get("entity");
                if (Boolean.TRUE.equals(entity.get("missing"))) {
                    return Optional.empty();
                }
                Set<String> lines = new TreeSet<>();
                for (Map<String, Object> related : (List<Map<String, Object>>) content.get("relations")) {
                    lines.add(related.get("relation") + " " + related.get("ref"));
                }
                return Optional.of(lines);
            }
        };
    }

    static Reader graphQl(String baseUrl) {
        JsonMapper json = JsonMapper.builder().build();
        HttpClient http = HttpClient.newHttpClient();
        String query = "query($ref: String!) { entity(ref: $ref) { ref missing relations { type target { ref } } } }";
        return new Reader() {
            @Override
            public String name() {
                return "graphql entity";
            }

            @Override
            public Optional<Set<String>> relations(String ref) throws Exception {
                String body = json.writeValueAsString(Map.of("query", query, "variables", Map.of("ref", ref)));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode answer = json.readTree(response.body());
                JsonNode entity = answer.path("data").path("entity");
                if (entity.isNull() || entity.isMissingNode()) {
                    String classification = answer.path("errors").path(0).path("extensions").path("classification")
                            .asString("");
                    if (response.statusCode() == 200 && classification.equals("NOT_FOUND")) {
                        return Optional.empty();
                    }
                    throw new IllegalStateException("entity " + ref + " failed: " + response.statusCode() + " "
                            + response.body());
                }
                if (answer.has("errors")) {
                    throw new IllegalStateException("entity " + ref + " answered with errors: " + response.body());
                }
                if (entity.path("missing").asBoolean()) {
                    return Optional.empty();
                }
                Set<String> lines = new TreeSet<>();
                entity.path("relations").forEach(relation -> lines.add(relation.path("type").asString() + " "
                        + relation.path("target").path("ref").asString()));
                return Optional.of(lines);
            }
        };
    }
}
