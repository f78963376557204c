package com.cataloggraph.mcp.testing;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The MCP SDK's own client over each transport, set up alike: it validates every structured
 * answer against the tool's output schema, and waits long enough for a server that starts
 * Neo4j first.
 */
public final class TestClients {

    private TestClients() {
    }

    public static McpSyncClient stdio(ServerParameters server) {
        return stdio(server, line -> { });
    }

    /** @param stderr receives each line the server process writes to stderr (they are echoed too) */
    public static McpSyncClient stdio(ServerParameters server, Consumer<String> stderr) {
        StdioClientTransport transport = new StdioClientTransport(server, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> {
            System.err.println("[server] " + line);
            stderr.accept(line);
        });
        return client(transport);
    }

    /** @param baseUrl e.g. {@code http://127.0.0.1:8080}; the endpoint is {@code /mcp} */
    public static McpSyncClient http(String baseUrl) {
        return client(HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp").build());
    }

    /** The java binary running the tests, to start server processes with. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static McpSyncClient client(McpClientTransport transport) {
        return McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(180))
                .enableCallToolSchemaCaching(true)
                .build();
    }
}
