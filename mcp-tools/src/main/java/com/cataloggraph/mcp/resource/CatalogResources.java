package com.cataloggraph.mcp.resource;

import com.cataloggraph.mcp.tool.ToolContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The one list of the server's resources; two with one URI refuse to start. */
public final class CatalogResources {

    private CatalogResources() {
    }

    public static List<CatalogResource> all(ToolContext context) {
        List<CatalogResource> resources = List.of(
                new EntityResource(context).definition(),
                GraphModelResource.definition(),
                new IngestProblemsResource(context).definition(),
                new SyncStateResource(context).definition());
        Set<String> uris = new HashSet<>();
        resources.forEach(resource -> {
            if (!uris.add(resource.uri())) {
                throw new IllegalStateException("Two MCP resources have the URI " + resource.uri());
            }
        });
        return resources;
    }
}
