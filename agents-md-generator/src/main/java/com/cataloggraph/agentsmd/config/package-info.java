/** Wiring into the application: typed {@code catalog.agents-md.*} properties and the beans the commands use. */
package com.cataloggraph.agentsmd.config;
