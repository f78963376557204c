package com.cataloggraph.app.mcp;

import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.McpSettings;
import com.cataloggraph.mcp.server.StreamableHttpEndpoint;
import jakarta.servlet.http.HttpServlet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MCP over Streamable HTTP on {@code /mcp}, in the web application only ({@code serve}). This is
 * the one place the endpoint is registered: authentication (issue 8) adds its filter here, on
 * the same path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class McpHttpConfiguration {

    @Bean(destroyMethod = "close")
    StreamableHttpEndpoint streamableHttpEndpoint(CatalogMcpServer server, McpSettings settings) {
        return new StreamableHttpEndpoint(server, settings);
    }

    @Bean
    ServletRegistrationBean<HttpServlet> mcpServlet(StreamableHttpEndpoint endpoint) {
        ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(endpoint.servlet(),
                StreamableHttpEndpoint.PATH);
        registration.setName("mcp");
        // Streamable HTTP answers with server-sent events, held open asynchronously.
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        return registration;
    }
}
