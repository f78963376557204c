/**
 * Read-only Cypher for what the other tools cannot answer: query_graph.
 */
package com.cataloggraph.mcp.cypher;
