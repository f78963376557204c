package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.prompt.CatalogPrompt;
import com.cataloggraph.mcp.prompt.CatalogPrompts;
import com.cataloggraph.mcp.resource.CatalogResource;
import com.cataloggraph.mcp.resource.CatalogResources;
import com.cataloggraph.mcp.resource.EntityNameCompletion;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.CatalogUnavailableException;
import com.cataloggraph.mcp.tool.ToolContext;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the server offers, the same over every transport: the tools, resources, prompts and
 * completion, over one {@link ToolContext}. Each request first waits for the catalog database
 * (stdio serves before it is open), hearing how the opening goes; a database that cannot be had
 * is a protocol error naming the cause.
 */
record CatalogFeatures(ToolContext context, List<CatalogTool<?>> tools, List<CatalogResource> resources,
                       List<CatalogPrompt> prompts, EntityNameCompletion completion) {

    static CatalogFeatures over(ToolContext context) {
        List<CatalogTool<?>> tools = CatalogTools.checked(CatalogTools.all(context));
        return new CatalogFeatures(context, tools, CatalogResources.all(context), CatalogPrompts.all(context, tools),
                new EntityNameCompletion(context));
    }

    CallToolResult call(CatalogTool<?> tool, CallToolRequest request, Consumer<String> progress) {
        return withCatalog(progress, () -> tool.call(request.arguments(), context.freshness()));
    }

    /** Reads a URI of a resource once the database is open, every read it makes in one read transaction. */
    ReadResourceResult read(CatalogResource resource, String uri, Consumer<String> progress) {
        return withCatalog(progress, () -> context.graph().database().inOneRead(() -> resource.read().apply(uri)));
    }

    /** Runs {@code work} once the database is open. */
    <T> T withCatalog(Consumer<String> progress, Supplier<T> work) {
        if (!context.connection().isOpen()) {
            try {
                context.connection().await(context.settings().databaseWait(), progress);
            } catch (CatalogUnavailableException e) {
                throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message(e.getMessage()).build();
            }
        }
        return work.get();
    }
}
