/**
 * The catalog browser: static pages under {@code META-INF/resources} (the shell at {@code /}, plain ES
 * modules under {@code /ui/}, Cytoscape.js and dagre from WebJars under {@code /webjars/}) that read
 * everything through the GraphQL API, and {@code /ui/config.json}, the little the pages need to know
 * about the server that GraphQL does not say.
 */
package com.cataloggraph.ui;
