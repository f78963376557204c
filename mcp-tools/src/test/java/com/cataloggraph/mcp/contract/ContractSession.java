package com.cataloggraph.mcp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One client session against a server that reads {@link com.cataloggraph.mcp.testing.ContractCatalog}:
 * a transport's subclass seeds the catalog where its server reads and connects the SDK's own client.
 * The contract's tests are in the classes above this one, {@link McpContractTest} at the top.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractSession {

    static final List<String> TOOLS = List.of("search_entities", "get_entity", "get_owner", "get_dependencies",
            "get_dependents", "find_path", "get_team", "get_user", "get_system", "get_api", "list_entities",
            "get_repository_context", "query_graph");

    protected McpSyncClient client;

    /** How long the client's initialize took: for a process, its start-up. */
    protected Duration startup;

    /** Seeds the contract catalog where the server reads it, and returns a client (not yet initialized). */
    protected abstract McpSyncClient connect() throws Exception;

    /** Stops what {@link #connect} started, after the client closed. */
    protected void disconnect() throws Exception {
    }

    @BeforeAll
    void connectClient() throws Exception {
        long started = System.nanoTime();
        client = connect();
        client.initialize();
        startup = Duration.ofNanos(System.nanoTime() - started);
    }

    @AfterAll
    void closeClient() throws Exception {
        if (client != null) {
            client.closeGracefully();
        }
        disconnect();
    }

    // ---- helpers -----------------------------------------------------------------------------

    protected CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    /** The structured answer of a call that must succeed. */
    protected Map<String, Object> ok(String tool, Map<String, Object> arguments) {
        CallToolResult result = call(tool, arguments);
        assertThat(result.isError()).as(tool + ": " + text(result)).isFalse();
        return structured(result);
    }

    protected List<String> complete(ResourceReference template, String argument, String value, Map<String, String> chosen) {
        return client.completeCompletion(new CompleteRequest(template, new CompleteRequest.CompleteArgument(argument,
                value), new CompleteRequest.CompleteContext(chosen))).completion().values();
    }

    protected static Map<String, Object> structured(CallToolResult result) {
        return map(result.structuredContent());
    }

    protected static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    protected static List<String> refs(Object entities) {
        return maps(entities).stream().map(e -> (String) e.get("ref")).toList();
    }

    /** The JSON mapper the SDK uses, for requests written as JSON text. */
    static final class McpJson {
        static final io.modelcontextprotocol.json.McpJsonMapper MAPPER =
                io.modelcontextprotocol.json.McpJsonDefaults.getMapper();
    }
}
