/** graphql-api: see ARCHITECTURE.md. */
package com.cataloggraph.graphql;
