package com.cataloggraph.mcp.resource;

import com.cataloggraph.mcp.tool.GraphModel;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.List;

/** {@value #URI}: the graph model (labels, properties, relationship types, bookkeeping nodes) for query_graph users. */
public final class GraphModelResource {

    public static final String URI = "catalog://model";

    private GraphModelResource() {
    }

    public static CatalogResource definition() {
        Resource resource = Resource.builder().uri(URI).name("graph-model").title("Catalog graph model")
                .description("Node labels, properties and relationship types of the catalog graph, and the "
                        + "ingest bookkeeping nodes (SourceFile, IngestRun): what query_graph can match.")
                .mimeType("text/markdown").build();
        return CatalogResource.fixed(resource, uri -> new ReadResourceResult(List.of(
                new TextResourceContents(URI, "text/markdown", GraphModel.PAGE))));
    }
}
