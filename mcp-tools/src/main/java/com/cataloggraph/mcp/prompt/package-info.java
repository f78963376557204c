/**
 * MCP prompts for the agent tasks that recur: who to ask about a repository, the blast radius of a
 * change, onboarding to a repository. Each fills its message with the catalog's answer, read by the
 * same tools an agent calls.
 */
package com.cataloggraph.mcp.prompt;
