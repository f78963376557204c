/** The Neo4j side: the database door, the schema bootstrap, the batched write path and the run log. */
package com.cataloggraph.model.store;
