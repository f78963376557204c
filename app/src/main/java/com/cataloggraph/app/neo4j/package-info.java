/** Where the graph lives: embedded Neo4j with its data-folder lock, or an external server. */
package com.cataloggraph.app.neo4j;
