package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.InvalidCursorException;
import com.cataloggraph.model.query.RejectedQueryException;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One MCP tool: its definition (name, description, input and output schemas, read-only
 * annotations) and its answer. Subclasses read their input record and return an output
 * record; this class turns the output into {@code structuredContent} with the catalog's
 * freshness, adds the text rendering, and turns correctable mistakes into {@code isError}
 * results.
 *
 * @param <I> the input record, read from the call's arguments
 */
public abstract class CatalogTool<I> {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogTool.class);

    /** Every catalog tool only reads, gives the same answer for the same graph, and sees only the catalog. */
    static final ToolAnnotations READ_ONLY = new ToolAnnotations(null, true, false, true, false, null);

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final McpSchema.Tool definition;
    private final Class<I> inputType;

    protected CatalogTool(String name, String description, Map<String, Object> inputSchema,
                          Map<String, Object> outputSchema, Class<I> inputType) {
        this.definition = McpSchema.Tool.builder()
                .name(name)
                .description(description)
                .inputSchema(inputSchema)
                .outputSchema(outputSchema)
                .annotations(READ_ONLY)
                .build();
        this.inputType = inputType;
    }

    public final McpSchema.Tool definition() {
        return definition;
    }

    public final String name() {
        return definition.name();
    }

    /** Answers one call. Protocol faults (the database is down) are thrown as {@link McpError}. */
    public final CallToolResult call(Map<String, Object> arguments, Freshness freshness) {
        try {
            ToolOutput output = answer(input(arguments));
            String lastIngestAt = freshness.lastIngestAt();
            Map<String, Object> structured = new LinkedHashMap<>(
                    JSON.convertValue(output, new TypeReference<LinkedHashMap<String, Object>>() { }));
            structured.put("lastIngestAt", lastIngestAt);
            String text = output.render() + (lastIngestAt == null ? "" : "\n(catalog as of " + lastIngestAt + ")");
            return CallToolResult.builder().structuredContent(structured).addTextContent(text).isError(false).build();
        } catch (ToolCallException | InvalidCursorException | RejectedQueryException e) {
            return CallToolResult.builder().addTextContent(e.getMessage()).isError(true).build();
        } catch (Neo4jException e) {
            LOG.warn("{} failed on the database: {}", name(), e.getMessage());
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("The catalog database could not answer " + name() + ": " + e.getMessage())
                    .build();
        }
    }

    private I input(Map<String, Object> arguments) {
        try {
            return JSON.convertValue(arguments == null ? Map.of() : arguments, inputType);
        } catch (JacksonException e) {
            throw new ToolCallException("Invalid arguments for " + name() + ": " + e.getOriginalMessage()
                    + ". See the tool's input schema.");
        }
    }

    /** The answer to a call whose arguments passed the input schema. */
    protected abstract ToolOutput answer(I input);
}
