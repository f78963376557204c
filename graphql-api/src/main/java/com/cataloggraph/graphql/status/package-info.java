/** How big and how fresh the catalog is: counts, dangling refs, orphans and ingest runs. */
package com.cataloggraph.graphql.status;
