package com.cataloggraph.mcp.prompt;

import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import java.util.Map;
import java.util.function.Function;

/**
 * A prompt the server offers over every transport: its definition and how to fill it from the
 * request's arguments. Filling may throw {@code McpError} (a missing argument, an unknown name).
 */
public record CatalogPrompt(Prompt prompt, Function<Map<String, Object>, GetPromptResult> get) {

    public String name() {
        return prompt.name();
    }
}
