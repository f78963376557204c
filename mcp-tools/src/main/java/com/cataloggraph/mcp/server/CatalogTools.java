package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.cypher.QueryGraphTool;
import com.cataloggraph.mcp.dependency.FindPathTool;
import com.cataloggraph.mcp.dependency.GetDependenciesTool;
import com.cataloggraph.mcp.dependency.GetDependentsTool;
import com.cataloggraph.mcp.entity.GetEntityTool;
import com.cataloggraph.mcp.entity.ListEntitiesTool;
import com.cataloggraph.mcp.entity.SearchEntitiesTool;
import com.cataloggraph.mcp.ownership.GetOwnerTool;
import com.cataloggraph.mcp.ownership.GetTeamTool;
import com.cataloggraph.mcp.ownership.GetUserTool;
import com.cataloggraph.mcp.repository.GetRepositoryContextTool;
import com.cataloggraph.mcp.system.GetApiTool;
import com.cataloggraph.mcp.system.GetSystemTool;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The one list of the server's tools, in the order {@code tools/list} shows them. */
public final class CatalogTools {

    private CatalogTools() {
    }

    public static List<CatalogTool<?>> all(ToolContext context) {
        return List.of(
                new SearchEntitiesTool(context),
                new GetEntityTool(context),
                new GetOwnerTool(context),
                new GetDependenciesTool(context),
                new GetDependentsTool(context),
                new FindPathTool(context),
                new GetTeamTool(context),
                new GetUserTool(context),
                new GetSystemTool(context),
                new GetApiTool(context),
                new ListEntitiesTool(context),
                new GetRepositoryContextTool(context),
                new QueryGraphTool(context));
    }

    /**
     * The tools, checked.
     *
     * @throws IllegalStateException when two tools share a name: the server must not start
     */
    public static List<CatalogTool<?>> checked(List<CatalogTool<?>> tools) {
        Set<String> names = new HashSet<>();
        for (CatalogTool<?> tool : tools) {
            if (!names.add(tool.name())) {
                throw new IllegalStateException("Two MCP tools are named " + tool.name()
                        + "; every tool needs its own name");
            }
        }
        return List.copyOf(tools);
    }
}
