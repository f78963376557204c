package com.cataloggraph.app.bench;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.Freshness;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;

/**
 * A tool called in-process: its handler, exactly as the MCP server's tool specification calls it,
 * without JSON-RPC or HTTP around it.
 */
final class McpToolProbe implements Probe {

    private final CatalogTool<?> tool;
    private final Freshness freshness;
    private final List<Map<String, Object>> arguments;

    McpToolProbe(CatalogTool<?> tool, Freshness freshness, List<Map<String, Object>> arguments) {
        this.tool = tool;
        this.freshness = freshness;
        this.arguments = arguments;
    }

    @Override
    public String name() {
        return tool.name();
    }

    @Override
    public String transport() {
        return IN_PROCESS;
    }

    @Override
    public Caller caller(int worker) {
        ArgumentCycle<Map<String, Object>> cycle = new ArgumentCycle<>(arguments, worker);
        return () -> errorOf(tool.call(cycle.next(), freshness));
    }

    /** A tool's {@code isError} answer as the message the agent would read; null for a success. */
    static String errorOf(CallToolResult result) {
        if (!Boolean.TRUE.equals(result.isError())) {
            return null;
        }
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .findFirst().orElse("isError without a message");
    }
}
