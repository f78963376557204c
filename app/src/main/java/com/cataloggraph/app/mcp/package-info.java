/** The `mcp` command. */
package com.cataloggraph.app.mcp;
