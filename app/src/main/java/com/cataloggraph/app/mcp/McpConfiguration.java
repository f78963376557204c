package com.cataloggraph.app.mcp;

import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.McpSettings;
import com.cataloggraph.model.CatalogGraph;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's MCP server, shared by the stdio command and the HTTP endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(McpProperties.class)
public class McpConfiguration {

    @Bean
    McpSettings mcpSettings(McpProperties properties) {
        return properties.settings(CatalogGraphVersion.current());
    }

    @Bean
    CatalogMcpServer catalogMcpServer(CatalogGraph graph, McpSettings settings) {
        return new CatalogMcpServer(graph, settings);
    }
}
