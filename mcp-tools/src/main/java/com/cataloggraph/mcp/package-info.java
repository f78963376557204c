/**
 * The MCP server: 13 read-only catalog tools, entity resources, stdio and Streamable HTTP transports.
 * See docs/mcp.md.
 */
package com.cataloggraph.mcp;
