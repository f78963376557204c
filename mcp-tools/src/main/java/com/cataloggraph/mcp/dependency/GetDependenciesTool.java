package com.cataloggraph.mcp.dependency;

import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.query.Direction;

/** What an entity depends on, transitively. */
public final class GetDependenciesTool extends DependencyWalkTool {

    public GetDependenciesTool(ToolContext context) {
        super("get_dependencies",
                "What an entity depends on (dependsOn, consumed APIs, their providers) to a depth; filter by kind, "
                        + "type (comma-separated), e.g. kind=resource type=database.",
                Direction.DEPENDENCIES, context);
    }
}
