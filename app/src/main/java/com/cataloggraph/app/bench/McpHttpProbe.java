package com.cataloggraph.app.bench;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A tool called as an agent calls it over HTTP: a real MCP client (the SDK's, Streamable HTTP) per
 * worker, connected and initialized before measuring, against {@code serve}'s {@code /mcp}. With
 * several servers, worker {@code i} talks to server {@code i mod n}.
 */
final class McpHttpProbe implements Probe {

    private final String tool;
    private final List<String> baseUrls;
    private final List<Map<String, Object>> arguments;

    McpHttpProbe(String tool, List<String> baseUrls, List<Map<String, Object>> arguments) {
        this.tool = tool;
        this.baseUrls = List.copyOf(baseUrls);
        this.arguments = arguments;
    }

    @Override
    public String name() {
        return tool;
    }

    @Override
    public String transport() {
        return HTTP;
    }

    @Override
    public Caller caller(int worker) {
        String baseUrl = baseUrls.get(worker % baseUrls.size());
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp")
                        .build())
                .clientInfo(new io.modelcontextprotocol.spec.McpSchema.Implementation("catalog-graph-bench", "0.1.0"))
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        client.initialize();
        ArgumentCycle<Map<String, Object>> cycle = new ArgumentCycle<>(arguments, worker);
        return new Caller() {
            @Override
            public String call() {
                return McpToolProbe.errorOf(client.callTool(new CallToolRequest(tool, cycle.next())));
            }

            @Override
            public void close() {
                client.closeGracefully();
            }
        };
    }
}
