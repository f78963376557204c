/**
 * The MCP server over the tools: the one tool list, the server definition, and its stdio and Streamable HTTP
 * transports.
 */
package com.cataloggraph.mcp.server;
