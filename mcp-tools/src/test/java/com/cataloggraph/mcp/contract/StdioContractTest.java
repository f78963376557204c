package com.cataloggraph.mcp.contract;

import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.testing.StdioTestServer;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;

/** The contract over stdio: a server process the SDK's stdio client starts, reading the test Neo4j. */
class StdioContractTest extends McpContractTest {

    @Override
    protected McpSyncClient connect() {
        TestNeo4j neo4j = TestNeo4j.get().clean();
        ContractCatalog.seed(CatalogGraph.over(neo4j.database()));
        return TestClients.stdio(ServerParameters.builder(TestClients.java())
                .args("-cp", System.getProperty("java.class.path"), StdioTestServer.class.getName(),
                        neo4j.boltUri().toString())
                .build());
    }
}
