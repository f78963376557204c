package com.cataloggraph.mcp.resource;

import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.query.CompletionQueries;
import com.cataloggraph.model.query.InputBounds;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult.CompleteCompletion;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import java.util.List;
import java.util.Map;

/**
 * Completes the entity resource template's variables: kinds, then namespaces of the chosen kind,
 * then names within the chosen kind and namespace (the client sends the values chosen so far as
 * the request's context).
 */
public final class EntityNameCompletion {

    /** The most values one completion returns, as the protocol allows. */
    static final int MAX_VALUES = 100;

    private final ToolContext context;

    public EntityNameCompletion(ToolContext context) {
        this.context = context;
    }

    /** The template whose variables this completes. */
    public static ResourceReference reference() {
        return new ResourceReference(EntityResource.TEMPLATE);
    }

    public CompleteResult complete(CompleteRequest request) {
        String value = request.argument().value() == null ? "" : request.argument().value();
        if (value.length() > InputBounds.MAX_NAME_CHARS) {
            // No ref part is that long: nothing completes it.
            return new CompleteResult(new CompleteCompletion(List.of(), 0, false));
        }
        CompletionQueries queries = context.completion();
        Map<String, String> chosen = request.context() == null || request.context().arguments() == null
                ? Map.of() : request.context().arguments();
        List<String> values = switch (request.argument().name()) {
            case "kind" -> queries.kinds(value, MAX_VALUES);
            case "namespace" -> queries.namespaces(chosen.get("kind"), value, MAX_VALUES);
            case "name" -> queries.names(chosen.get("kind"), chosen.get("namespace"), value, MAX_VALUES);
            default -> List.of();
        };
        boolean more = values.size() > MAX_VALUES;
        List<String> shown = more ? values.subList(0, MAX_VALUES) : values;
        return new CompleteResult(new CompleteCompletion(shown, more ? null : shown.size(), more));
    }
}
