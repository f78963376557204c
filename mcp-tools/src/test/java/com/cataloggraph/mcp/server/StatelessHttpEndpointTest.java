package com.cataloggraph.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.testing.HttpTestServer;
import com.cataloggraph.mcp.testing.RawHttp;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What only the HTTP transport promises, spoken to byte by byte: no sessions, DNS-rebinding
 * protection, protocol negotiation, every refusal a short JSON-RPC error, and keep-alive that
 * holds past Tomcat's 100 requests per connection (issue 20 item 11).
 */
@Tag("security")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatelessHttpEndpointTest {

    private HttpTestServer server;
    private RawHttp http;

    @BeforeAll
    void start() throws Exception {
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        ContractCatalog.seed(graph);
        server = HttpTestServer.start(graph, new McpSettings(50, 50, Duration.ofSeconds(10), 20_000,
                List.of("https://portal.example.com"), McpSettings.DEFAULT_DATABASE_WAIT, "test"));
        http = new RawHttp(server.baseUrl() + "/mcp");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://localhost.evil.example", "null"})
    void refusesAForeignOriginWith403(String origin) throws Exception {
        RawHttp.Response response = http.post(RawHttp.initialize("2025-11-25"), Map.of("Origin", origin));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/error/message").asString()).isEqualTo("Forbidden: requests from this browser "
                + "origin are not allowed (catalog.mcp.allowed-origins)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:6274", "http://127.0.0.1:3000", "https://portal.example.com"})
    void servesLoopbackAndConfiguredOrigins(String origin) throws Exception {
        RawHttp.Response response = http.post(RawHttp.initialize("2025-11-25"), Map.of("Origin", origin));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"serverInfo\":{\"name\":\"catalog-graph\",\"version\":\"test\"");
    }

    @Test
    void keepsNoSessionSoAnyRequestStandsAlone() throws Exception {
        RawHttp.Response initialized = http.post(RawHttp.initialize("2025-11-25"), Map.of());
        assertThat(initialized.header("Mcp-Session-Id")).isNull();

        // No initialize on this "instance" first, no session id: answered all the same.
        RawHttp.Response called = http.post("""
                {"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"get_owner","arguments":{"entity":"ledger"}}}""",
                Map.of("MCP-Protocol-Version", "2025-11-25"));
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().at("/id").asInt()).isEqualTo(7);
        assertThat(called.json().at("/result/structuredContent/owners/0/owner/ref").asString())
                .isEqualTo("group:default/payments-team");
    }

    @Test
    void negotiatesTheNewestRevisionAndKeepsOlderClients() throws Exception {
        assertThat(http.post(RawHttp.initialize("2025-11-25"), Map.of()).json().at("/result/protocolVersion")
                .asString()).isEqualTo("2025-11-25");
        assertThat(http.post(RawHttp.initialize("2025-03-26"), Map.of()).json().at("/result/protocolVersion")
                .asString()).isEqualTo("2025-03-26");
        assertThat(http.post(RawHttp.initialize("2099-01-01"), Map.of()).json().at("/result/protocolVersion")
                .asString()).isEqualTo("2025-11-25");

        RawHttp.Response listed = http.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                Map.of("MCP-Protocol-Version", "2025-03-26"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().at("/result/tools").size()).isEqualTo(13);
    }

    @Test
    void refusesAnUnknownProtocolVersionHeaderWith400() throws Exception {
        RawHttp.Response response = http.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
                Map.of("MCP-Protocol-Version", "1999-01-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/error/message").asString()).isEqualTo("Unsupported MCP-Protocol-Version "
                + "\"1999-01-01\"; this server speaks 2025-11-25, 2025-06-18, 2025-03-26");
    }

    @Test
    void answersInvalidJsonWithAParseErrorAndGoesOn() throws Exception {
        RawHttp.Response broken = http.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":", Map.of());

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(broken.json().at("/error/message").asString()).startsWith("Parse error: the message is not valid JSON");
        assertThat(http.post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void refusesABatchWithOneError() throws Exception {
        RawHttp.Response response = http.post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}]", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/error/code").asInt()).isEqualTo(-32600);
        assertThat(response.json().at("/error/message").asString()).isEqualTo("Invalid Request: JSON-RPC batches are "
                + "not supported (MCP removed them in 2025-06-18); send each message on its own");
    }

    @Test
    void refusesAResponseMessageAndAMessageWithoutMethod() throws Exception {
        assertThat(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", Map.of()).json().at("/error/message")
                .asString()).isEqualTo("Invalid Request: this stateless server sends no requests, so it takes no "
                + "responses");
        assertThat(http.post("{\"jsonrpc\":\"2.0\",\"id\":1}", Map.of()).json().at("/error/code").asInt())
                .isEqualTo(-32600);
    }

    @Test
    void acceptsANotificationWith202() throws Exception {
        RawHttp.Response response = http.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                Map.of());

        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void answersABrowserGetWithAShortJson405() throws Exception {
        RawHttp.Response response = http.get(Map.of("Accept", "text/html,application/xhtml+xml"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body()).hasSizeLessThan(300).doesNotContain("Exception", "at io.", "<html");
        assertThat(response.json().at("/error/message").asString()).startsWith("This is a stateless MCP endpoint");
    }

    @Test
    void refusesAnOversizeBodyWith413() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(1536 * 1024) + "\"}}";

        RawHttp.Response response = http.post(big, Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().at("/error/message").asString()).isEqualTo("Invalid Request: the message is larger "
                + "than 1048576 bytes");
    }

    @Test
    void refusesAClientThatTakesNoJsonWith406() throws Exception {
        assertThat(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", Map.of("Accept", "text/html"))
                .status()).isEqualTo(406);
    }

    /**
     * Issue 20 item 11: with keep-alive, the 100th answer on a connection carried both
     * {@code Connection: keep-alive} (set by the SDK's session transport) and {@code Connection: close}
     * (Tomcat's limit of 100 requests per connection), so the client sent request 101 on a closed socket.
     */
    @Test
    void answers150SequentialRequestsOnKeptAliveConnections() throws Exception {
        try (RawHttp.Connection connection = http.keepAlive()) {
            for (int i = 1; i <= 150; i++) {
                RawHttp.Response response = connection.post("{\"jsonrpc\":\"2.0\",\"id\":" + i
                        + ",\"method\":\"tools/call\",\"params\":{\"name\":\"get_entity\",\"arguments\":"
                        + "{\"entity\":\"ledger\"}}}");

                assertThat(response.status()).as("request %d", i).isEqualTo(200);
                assertThat(response.json().at("/id").asInt()).isEqualTo(i);
                assertThat(response.headers("Connection")).as("request %d", i).hasSizeLessThanOrEqualTo(1);
            }
            // Tomcat closes a connection after 100 requests, saying so in exactly one header; the client reconnects.
            assertThat(connection.connectionsOpened()).isEqualTo(2);
        }
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

}
