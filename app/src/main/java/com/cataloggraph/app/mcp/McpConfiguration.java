package com.cataloggraph.app.mcp;

import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.model.CatalogGraph;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog's MCP server over the application's graph, for the HTTP endpoint. ({@code mcp} builds its
 * own before the application has started: {@link McpCommand}.)
 */
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
