/**
 * The repository view an agent working in a checkout asks for: get_repository_context.
 */
package com.cataloggraph.mcp.repository;
