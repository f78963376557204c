/**
 * Entities as MCP resources (catalog://entity/{kind}/{namespace}/{name}) and completion of their names.
 */
package com.cataloggraph.mcp.resource;
