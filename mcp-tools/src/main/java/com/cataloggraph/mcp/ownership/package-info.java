/**
 * Tools about people: get_owner, get_team, get_user.
 */
package com.cataloggraph.mcp.ownership;
