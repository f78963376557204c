package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.contract.McpContractTest;
import com.cataloggraph.mcp.testing.RawHttp;
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

    /**
     * Issue 20 item 11: response #100 on a kept-alive connection carried both Connection: keep-alive and
     * Connection: close, so request #101 failed. serve keeps a connection for 1,000 requests and the endpoint
     * sets no Connection header: 150 sequential requests go over one connection.
     */
    @Test
    void serves150SequentialRequestsOnOneKeptAliveConnection() throws Exception {
        try (RawHttp.Connection connection = new RawHttp(ServedCatalog.get().httpUrl() + "/mcp").keepAlive()) {
            for (int i = 1; i <= 150; i++) {
                RawHttp.Response response = connection.post("{\"jsonrpc\":\"2.0\",\"id\":" + i
                        + ",\"method\":\"tools/call\",\"params\":{\"name\":\"get_owner\",\"arguments\":"
                        + "{\"entity\":\"ledger\"}}}");

                assertThat(response.status()).as("request %d", i).isEqualTo(200);
                assertThat(response.json().at("/id").asInt()).isEqualTo(i);
                assertThat(response.headers("Connection")).as("request %d", i).doesNotContain("close");
            }
            assertThat(connection.connectionsOpened()).isEqualTo(1);
        }
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
