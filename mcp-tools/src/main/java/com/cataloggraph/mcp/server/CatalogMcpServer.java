package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.resource.EntityNameCompletion;
import com.cataloggraph.mcp.resource.EntityResource;
import com.cataloggraph.mcp.resource.SyncStateResource;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.List;

/**
 * The catalog's MCP server, the same over every transport: 13 read-only tools, the entity
 * resource template with name completion, and short instructions.
 */
public final class CatalogMcpServer {

    public static final String NAME = "catalog-graph";

    static final String INSTRUCTIONS = "Engineering catalog: components, APIs, resources, systems, teams, people and "
            + "how they depend on each other. Entity arguments take a ref (component:default/payments) or a loose "
            + "name (payments). Answers are bounded; follow their notes and cursors for more.";

    private final ToolContext context;
    private final List<CatalogTool<?>> tools;

    public CatalogMcpServer(CatalogGraph graph, McpSettings settings) {
        this.context = ToolContext.over(graph, settings);
        this.tools = CatalogTools.all(context);
    }

    public List<CatalogTool<?>> tools() {
        return tools;
    }

    /** Serves one client over stdio (or any single-session transport). */
    public McpSyncServer start(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    /** Serves any number of clients over Streamable HTTP. */
    public McpSyncServer start(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
        return spec.serverInfo(NAME, context.settings().version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(McpJsonDefaults.getMapper())
                .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).completions().build())
                .tools(CatalogTools.specifications(tools, context))
                .resourceTemplates(new EntityResource(context).specification())
                .resources(new SyncStateResource(context.graph()).specification())
                .completions(new EntityNameCompletion(context.completion()).specification())
                .build();
    }
}
