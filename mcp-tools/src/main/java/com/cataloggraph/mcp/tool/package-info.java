/**
 * What every tool shares: the base class that turns an input record into structured content, text and freshness;
 * schemas; loose-name resolution; text renderings; cursors.
 */
package com.cataloggraph.mcp.tool;
