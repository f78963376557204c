/** mcp-tools: see ARCHITECTURE.md. */
package com.cataloggraph.mcp;
