/**
 * Tools over single entities and listings: search_entities, get_entity, list_entities.
 */
package com.cataloggraph.mcp.entity;
