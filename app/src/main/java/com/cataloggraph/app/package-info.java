/** The runnable application: wires the modules behind one command line. */
package com.cataloggraph.app;
