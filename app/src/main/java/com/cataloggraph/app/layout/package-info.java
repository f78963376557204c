/** The runnable layout the launcher unpacks the jar into (catalog-graph.jar + lib/), and what it does to it. */
package com.cataloggraph.app.layout;
