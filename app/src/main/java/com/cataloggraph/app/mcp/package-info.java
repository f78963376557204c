/** The `mcp` command, the `/mcp` servlet registration (web application only) and `catalog.mcp.*` properties. */
package com.cataloggraph.app.mcp;
