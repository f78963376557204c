/**
 * The read queries every front end shares (MCP tools, GraphQL, AGENTS.md): entity lookup and
 * loose-name resolution, direct relations, listing with cursors, full-text search, dependency
 * walks, paths, ownership and catalog status. All run in read transactions.
 */
package com.cataloggraph.model.query;
