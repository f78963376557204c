package com.cataloggraph.mcp.tool;

/**
 * What a tool answers: a record that becomes the call's {@code structuredContent} (and must
 * conform to the tool's output schema) and a compact text rendering for the model to read.
 */
public interface ToolOutput {

    /** A few dense lines, not a JSON dump: what an agent needs, cheap in tokens. */
    String render();
}
