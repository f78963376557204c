package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.InputTooLongException;
import com.cataloggraph.model.query.InvalidCursorException;
import com.cataloggraph.model.query.RejectedQueryException;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.exceptions.ClientException;
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

    /**
     * Every catalog tool only reads. (The destructive and idempotent hints mean something only for tools
     * that write, and clients act on readOnlyHint alone, so the others are left out: tools/list is paid on
     * every session.)
     */
    static final ToolAnnotations READ_ONLY = new ToolAnnotations(null, true, null, null, null, null);

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

    /**
     * Answers one call. Mistakes the caller can correct (unknown or ambiguous names, bad arguments, input
     * too long, a cursor of another query, a query the database refuses as asked) are {@code isError}
     * results; faults (the database is away) are thrown as {@link McpError}; nothing repeats a long input
     * or shows a stack trace.
     */
    public final CallToolResult call(Map<String, Object> arguments, Freshness freshness) {
        try {
            I input = input(arguments);
            Freshness.Stamped<ToolOutput> stamped = readsInOneTransaction()
                    ? freshness.inOneRead(() -> answer(input)) : freshness.stamped(() -> answer(input));
            ToolOutput output = stamped.answer();
            String lastIngestAt = stamped.lastIngestAt();
            Map<String, Object> structured = new LinkedHashMap<>(
                    JSON.convertValue(output, new TypeReference<LinkedHashMap<String, Object>>() { }));
            structured.put("lastIngestAt", lastIngestAt);
            String text = output.render() + (lastIngestAt == null ? "" : "\n(catalog as of " + lastIngestAt + ")");
            return CallToolResult.builder().structuredContent(structured).addTextContent(text).isError(false).build();
        } catch (ToolCallException | InvalidCursorException | RejectedQueryException | InputTooLongException e) {
            return error(e.getMessage());
        } catch (ClientException e) {
            LOG.info("{}: the database refused the request: {}", name(), TextRendering.shorten(e.getMessage(), 300));
            return error("The catalog could not run this request: " + TextRendering.shorten(firstLine(e.getMessage()),
                    300) + ". Simplify the arguments and call again.");
        } catch (CatalogUnavailableException e) {
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message(e.getMessage()).build();
        } catch (Neo4jException e) {
            LOG.warn("{} failed on the database: {}", name(), TextRendering.shorten(e.getMessage(), 300));
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("The catalog database could not answer " + name() + ": "
                            + TextRendering.shorten(firstLine(e.getMessage()), 300))
                    .build();
        } catch (McpError e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("{} failed", name(), Failures.shortened(e));
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message(name() + " failed inside the server; its log has the details").build();
        }
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private I input(Map<String, Object> arguments) {
        try {
            return JSON.convertValue(arguments == null ? Map.of() : arguments, inputType);
        } catch (JacksonException e) {
            throw new ToolCallException("Invalid arguments for " + name() + ": "
                    + TextRendering.shorten(e.getOriginalMessage(), 200) + ". See the tool's input schema.");
        }
    }

    /**
     * Whether the answer's reads and the freshness stamp share one read transaction (the default: one session,
     * begin and commit per call). A tool whose own transaction has its own timeout (query_graph) says no, so the
     * shared one never idles past the default read timeout around it.
     */
    protected boolean readsInOneTransaction() {
        return true;
    }

    /** The answer to a call whose arguments passed the input schema. */
    protected abstract ToolOutput answer(I input);
}
