package com.cataloggraph.mcp.server;

import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.Request;
import com.cataloggraph.mcp.resource.EntityNameCompletion;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The features as a session server (stdio) registers them. A request that carries a progress
 * token and arrives while the database is still opening hears {@code notifications/progress}
 * every few seconds until it can be answered.
 */
final class SessionSpecifications {

    private final CatalogFeatures features;

    SessionSpecifications(CatalogFeatures features) {
        this.features = features;
    }

    List<SyncToolSpecification> tools() {
        return features.tools().stream().map(tool -> new SyncToolSpecification(tool.definition(),
                (exchange, request) -> features.call(tool, request, progress(exchange, request)))).toList();
    }

    List<SyncResourceSpecification> resources() {
        return features.resources().stream().filter(r -> r.resource() != null)
                .map(r -> new SyncResourceSpecification(r.resource(), (exchange, request) ->
                        features.read(r, request.uri(), progress(exchange, request))))
                .toList();
    }

    List<SyncResourceTemplateSpecification> templates() {
        return features.resources().stream().filter(r -> r.template() != null)
                .map(r -> new SyncResourceTemplateSpecification(r.template(), (exchange, request) ->
                        features.read(r, request.uri(), progress(exchange, request))))
                .toList();
    }

    List<SyncPromptSpecification> prompts() {
        return features.prompts().stream().map(p -> new SyncPromptSpecification(p.prompt(), (exchange, request) ->
                features.withCatalog(progress(exchange, request), () -> p.get().apply(request.arguments())))).toList();
    }

    SyncCompletionSpecification completion() {
        return new SyncCompletionSpecification(EntityNameCompletion.reference(), (exchange, request) ->
                features.withCatalog(progress(exchange, request), () -> features.completion().complete(request)));
    }

    private static Consumer<String> progress(McpSyncServerExchange exchange, Request request) {
        Object token = request.progressToken();
        if (token == null) {
            return message -> { };
        }
        AtomicInteger step = new AtomicInteger();
        return message -> exchange.progressNotification(new ProgressNotification(token, step.incrementAndGet(), null,
                message));
    }
}
