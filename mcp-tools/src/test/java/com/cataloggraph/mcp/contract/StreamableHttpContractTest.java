package com.cataloggraph.mcp.contract;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.testing.HttpTestServer;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.client.McpSyncClient;

/** The contract over Streamable HTTP: the servlet in a real Tomcat, the SDK's HTTP client. */
class StreamableHttpContractTest extends McpContractTest {

    private HttpTestServer server;

    @Override
    protected McpSyncClient connect() throws Exception {
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        ContractCatalog.seed(graph);
        server = HttpTestServer.start(graph, McpSettings.DEFAULTS);
        return TestClients.http(server.baseUrl());
    }

    @Override
    protected void disconnect() throws Exception {
        server.close();
    }
}
