/**
 * HTTP security: API tokens and OIDC bearer tokens with reader/admin roles, the MCP
 * authorization answers (401 with resource metadata, 403 insufficient_scope), loopback-only
 * serving without authentication, and the access log.
 */
package com.cataloggraph.app.security;
