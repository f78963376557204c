package com.cataloggraph.mcp.resource;

import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import java.util.function.Function;

/**
 * A resource the server serves over every transport: one fixed URI ({@code resource}) or a URI
 * template ({@code template}), and how to read a URI of it. Reading may throw {@code McpError}
 * (unknown URI: {@code -32002}).
 */
public record CatalogResource(Resource resource, ResourceTemplate template, Function<String, ReadResourceResult> read) {

    public static CatalogResource fixed(Resource resource, Function<String, ReadResourceResult> read) {
        return new CatalogResource(resource, null, read);
    }

    public static CatalogResource template(ResourceTemplate template, Function<String, ReadResourceResult> read) {
        return new CatalogResource(null, template, read);
    }

    /** The URI or URI template, the key the server registers it under. */
    public String uri() {
        return resource != null ? resource.uri() : template.uriTemplate();
    }
}
