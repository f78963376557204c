package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.tool.CatalogConnection;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.util.List;

/**
 * The catalog's MCP server, the same over every transport: 13 read-only tools, resources (each
 * entity, the graph model, the last ingest's problems) with name completion, three prompts, and
 * short instructions. Over stdio it is a session server (one client; progress while the database
 * opens); over HTTP a stateless one (no state between requests, so any instance answers any
 * request; no server-initiated messages).
 */
public final class CatalogMcpServer {

    public static final String NAME = "catalog-graph";

    static final String INSTRUCTIONS = "Engineering catalog: components, APIs, resources, systems, teams, people and "
            + "how they depend on each other. Entity arguments take a ref (component:default/payments), a name or a "
            + "title; when several could be meant the answer lists them. Every answer states lastIngestAt; one cut "
            + "short carries a note saying how to get the rest, and lists page with cursors.";

    /** Neither list changes while the server runs, and a stateless server could not say so anyway. */
    private static final ServerCapabilities CAPABILITIES = ServerCapabilities.builder().tools(false)
            .resources(false, false).prompts(false).completions().build();

    private final ToolContext context;
    private final CatalogFeatures features;

    /** Over a database still opening: tools are listed at once, calls wait for it. */
    public CatalogMcpServer(CatalogConnection connection, McpSettings settings) {
        this.context = new ToolContext(connection, settings);
        this.features = CatalogFeatures.over(context);
    }

    public CatalogMcpServer(CatalogGraph graph, McpSettings settings) {
        this(CatalogConnection.open(graph), settings);
    }

    public List<CatalogTool<?>> tools() {
        return features.tools();
    }

    /** Serves one client over stdio (or any session transport), answering initialize as soon as it can. */
    public McpSyncServer serve(McpServerTransportProvider transport) {
        SessionSpecifications specifications = new SessionSpecifications(features);
        return McpServer.sync(transport)
                .serverInfo(NAME, context.settings().version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(McpJsonDefaults.getMapper())
                .jsonSchemaValidator(new DeferredSchemaValidator())
                .capabilities(CAPABILITIES)
                .tools(specifications.tools())
                .resources(specifications.resources())
                .resourceTemplates(specifications.templates())
                .prompts(specifications.prompts())
                .completions(specifications.completion())
                .build();
    }

    /** Serves any number of clients over stateless HTTP. */
    public McpStatelessSyncServer serve(McpStatelessServerTransport transport) {
        StatelessSpecifications specifications = new StatelessSpecifications(features);
        return McpServer.sync(transport)
                // The servlet thread waits for the answer anyway: answer on it, not on a hop to another pool.
                .immediateExecution(true)
                .serverInfo(NAME, context.settings().version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(McpJsonDefaults.getMapper())
                .capabilities(CAPABILITIES)
                .tools(specifications.tools())
                .resources(specifications.resources())
                .resourceTemplates(specifications.templates())
                .prompts(specifications.prompts())
                .completions(specifications.completion())
                .build();
    }
}
