/** The entity and relation records written to the graph. */
package com.cataloggraph.model.entity;
