package com.cataloggraph.mcp.tool;

/**
 * A call the agent can correct (unknown entity, ambiguous name, wrong kind, bad argument).
 * It becomes a tool result with {@code isError: true} whose text says how to correct the call,
 * never a protocol error.
 */
public class ToolCallException extends RuntimeException {

    public ToolCallException(String message) {
        super(message);
    }
}
