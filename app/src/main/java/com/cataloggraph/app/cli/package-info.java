/** The command line: picocli commands, shared options, exit codes. */
package com.cataloggraph.app.cli;
