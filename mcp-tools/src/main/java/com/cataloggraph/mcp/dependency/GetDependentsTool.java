package com.cataloggraph.mcp.dependency;

import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.query.Direction;

/** Who depends on an entity: the blast radius of changing it. */
public final class GetDependentsTool extends DependencyWalkTool {

    public GetDependentsTool(ToolContext context) {
        super("get_dependents",
                "Who depends on an entity (blast radius): dependents and consumers of its APIs, to a depth; "
                        + "filter by kind, type (comma-separated).",
                Direction.DEPENDENTS, context);
    }
}
