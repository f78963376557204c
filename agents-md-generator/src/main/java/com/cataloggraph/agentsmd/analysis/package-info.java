/**
 * Facts about one repository checkout, read from its files only: languages, build systems and
 * their exact commands, CI, layout, conventions and existing guidance. No model, no network.
 */
package com.cataloggraph.agentsmd.analysis;
