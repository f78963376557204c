package com.cataloggraph.mcp.testing;

import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.StdioServer;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.PrintStream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A stdio MCP server process for the contract tests, over the test JVM's Neo4j: started by the
 * SDK's stdio client as {@code java -cp <test classpath> StdioTestServer <bolt-uri>}.
 */
public final class StdioTestServer {

    private StdioTestServer() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = System.out;
        // Nothing but protocol messages may reach stdout, whatever a library prints.
        System.setOut(System.err);
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none())) {
            CatalogGraph graph = CatalogGraph.over(new CatalogDatabase(driver));
            StdioServer.serve(new CatalogMcpServer(graph, McpSettings.DEFAULTS), System.in, protocol);
        }
        System.exit(0);
    }
}
