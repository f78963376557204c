/**
 * Tools that walk relations: get_dependencies, get_dependents, find_path.
 */
package com.cataloggraph.mcp.dependency;
