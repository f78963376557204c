/** agents-md-generator: see ARCHITECTURE.md. */
package com.cataloggraph.agentsmd;
