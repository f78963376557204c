/** The `agents-md` command. */
package com.cataloggraph.app.agentsmd;
