/** The catalog's vocabulary and its Neo4j representation, shared by every feature module. */
package com.cataloggraph.model;
