package com.cataloggraph.mcp.server;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK's JSON-schema validator, created on the first tool call instead of when the server is
 * built. Building it loads the JSON Schema 2020-12 meta-schema, which takes longer than everything
 * else stdio does before it can answer {@code initialize}; the server's own schemas are constants,
 * checked against the meta-schema when the HTTP server starts and by every build's tests, so stdio
 * skips that check and validates tool arguments and answers as usual once a call comes.
 */
final class DeferredSchemaValidator implements JsonSchemaValidator {

    private volatile JsonSchemaValidator validator;

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return validator().validate(schema, structuredContent);
    }

    /** The schemas are the server's own constants: see the class comment. */
    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return ValidationResponse.asValid(null);
    }

    private JsonSchemaValidator validator() {
        JsonSchemaValidator current = validator;
        if (current == null) {
            current = McpJsonDefaults.getSchemaValidator();
            validator = current;
        }
        return current;
    }
}
