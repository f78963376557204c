/** The `bench` command. */
package com.cataloggraph.app.bench;
