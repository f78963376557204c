/** The Spring application the commands start. */
package com.cataloggraph.app.runtime;
