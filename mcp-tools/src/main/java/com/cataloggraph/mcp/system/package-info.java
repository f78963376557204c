/**
 * Tools for systems and APIs: get_system, get_api.
 */
package com.cataloggraph.mcp.system;
