package com.cataloggraph.app.runtime;

import com.cataloggraph.app.neo4j.GraphConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The application a graph-only command runs in: no component scan, no auto-configuration, just the graph. */
@Configuration(proxyBeanMethods = false)
@Import(GraphConfiguration.class)
class GraphApplication {
}
