package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.contract.McpContractTest;
import com.cataloggraph.mcp.testing.TestClients;
import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The MCP contract over Streamable HTTP, against {@code catalog-graph serve} run from the packaged jar. */
class ServeHttpContractIT extends McpContractTest {

    @Override
    protected McpSyncClient connect() throws Exception {
        return TestClients.http(ServedCatalog.get().httpUrl());
    }

    @Test
    @Tag("security")
    void serveRefusesAForeignOriginWith403() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ServedCatalog.get().httpUrl() + "/mcp"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
