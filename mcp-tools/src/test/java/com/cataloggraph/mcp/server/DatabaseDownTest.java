package com.cataloggraph.mcp.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.testing.HttpTestServer;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** A fault the agent cannot correct is a protocol error, not a tool result. */
class DatabaseDownTest {

    @Test
    void anUnreachableDatabaseIsAProtocolErrorNamingTheTool() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Config noRetries = Config.builder().withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
                .withConnectionTimeout(2, TimeUnit.SECONDS).build();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + closedPort, AuthTokens.none(), noRetries);
             HttpTestServer server = HttpTestServer.start(CatalogGraph.over(new CatalogDatabase(driver, null,
                     Duration.ofSeconds(5))), McpSettings.DEFAULTS);
             McpSyncClient client = TestClients.http(server.baseUrl())) {
            client.initialize();

            assertThatThrownBy(() -> client.callTool(new CallToolRequest("get_entity", Map.of("entity", "ledger"))))
                    .isInstanceOf(McpError.class)
                    .hasMessageContaining("The catalog database could not answer get_entity");
        }
    }
}
