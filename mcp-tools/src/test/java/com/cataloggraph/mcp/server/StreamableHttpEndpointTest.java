package com.cataloggraph.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.testing.HttpTestServer;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What only the HTTP transport promises: DNS-rebinding protection, and many clients at once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamableHttpEndpointTest {

    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",\
            "capabilities":{},"clientInfo":{"name":"raw-http","version":"1"}}}""";

    private HttpTestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        ContractCatalog.seed(graph);
        server = HttpTestServer.start(graph, new McpSettings(50, 50, Duration.ofSeconds(10), 20_000,
                List.of("https://portal.example.com"), "test"));
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Tag("security")
    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://localhost.evil.example", "null"})
    void refusesAForeignOriginWith403(String origin) throws Exception {
        assertThat(initialize(origin).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:6274", "http://127.0.0.1:3000", "https://portal.example.com"})
    void servesLoopbackAndConfiguredOrigins(String origin) throws Exception {
        HttpResponse<String> response = initialize(origin);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"serverInfo\":{\"name\":\"catalog-graph\",\"version\":\"test\"");
    }

    @Test
    void servesClientsThatSendNoOrigin() throws Exception {
        assertThat(initialize(null).statusCode()).isEqualTo(200);
    }

    @Test
    void servesSeveralClientsAtOnce() throws Exception {
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    try (McpSyncClient client = TestClients.http(server.baseUrl())) {
                        client.initialize();
                        List<String> owners = new ArrayList<>();
                        for (String entity : List.of("ledger", "payments-service", "payments-api")) {
                            CallToolResult result = client.callTool(new CallToolRequest("get_owner",
                                    Map.of("entity", entity)));
                            @SuppressWarnings("unchecked")
                            var owner = (Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>)
                                    result.structuredContent()).get("owners")).getFirst().get("owner");
                            owners.add((String) owner.get("ref"));
                        }
                        return owners;
                    }
                }));
            }
            for (Future<List<String>> answer : answers) {
                assertThat(answer.get()).containsExactly("group:default/payments-team", "group:default/payments-team",
                        "group:default/payments-team");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> initialize(String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
