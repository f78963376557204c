package com.cataloggraph.app.mcp;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.StatelessHttpEndpoint;
import jakarta.servlet.http.HttpServlet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MCP over stateless Streamable HTTP on {@code /mcp}, in the web application only ({@code serve}).
 * This is the one place the endpoint is registered; authentication (app/security) guards it like
 * every other path. The endpoint keeps nothing between requests, so any number of instances serve
 * it behind a load balancer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class McpHttpConfiguration {

    @Bean(destroyMethod = "close")
    StatelessHttpEndpoint statelessHttpEndpoint(CatalogMcpServer server, McpSettings settings) {
        return new StatelessHttpEndpoint(server, settings);
    }

    @Bean
    ServletRegistrationBean<HttpServlet> mcpServlet(StatelessHttpEndpoint endpoint) {
        ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(endpoint.servlet(),
                StatelessHttpEndpoint.PATH);
        registration.setName("mcp");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
