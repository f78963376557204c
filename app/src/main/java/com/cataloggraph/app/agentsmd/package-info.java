/** The {@code agents-md} command: {@code draft}, {@code check} and {@code run} over the agents-md-generator module. */
package com.cataloggraph.app.agentsmd;
