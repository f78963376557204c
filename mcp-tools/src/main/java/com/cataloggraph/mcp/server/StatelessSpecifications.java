package com.cataloggraph.mcp.server;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import com.cataloggraph.mcp.resource.EntityNameCompletion;
import java.util.List;
import java.util.function.Consumer;

/**
 * The features as the stateless server (HTTP) registers them: each request stands alone, so a
 * request that finds the database still opening waits without progress (a stateless server sends
 * no notifications; {@code serve} opens the database before it takes requests anyway).
 */
final class StatelessSpecifications {

    private static final Consumer<String> SILENT = message -> { };

    private final CatalogFeatures features;

    StatelessSpecifications(CatalogFeatures features) {
        this.features = features;
    }

    List<SyncToolSpecification> tools() {
        return features.tools().stream().map(tool -> new SyncToolSpecification(tool.definition(),
                (context, request) -> features.call(tool, request, SILENT))).toList();
    }

    List<SyncResourceSpecification> resources() {
        return features.resources().stream().filter(r -> r.resource() != null)
                .map(r -> new SyncResourceSpecification(r.resource(), (context, request) ->
                        features.read(r, request.uri(), SILENT)))
                .toList();
    }

    List<SyncResourceTemplateSpecification> templates() {
        return features.resources().stream().filter(r -> r.template() != null)
                .map(r -> new SyncResourceTemplateSpecification(r.template(), (context, request) ->
                        features.read(r, request.uri(), SILENT)))
                .toList();
    }

    List<SyncPromptSpecification> prompts() {
        return features.prompts().stream().map(p -> new SyncPromptSpecification(p.prompt(), (context, request) ->
                features.withCatalog(SILENT, () -> p.get().apply(request.arguments())))).toList();
    }

    SyncCompletionSpecification completion() {
        return new SyncCompletionSpecification(EntityNameCompletion.reference(), (context, request) ->
                features.withCatalog(SILENT, () -> features.completion().complete(request)));
    }
}
