package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.StatelessHttpEndpoint;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

class McpWiringTest {

    /** Wiring reads nothing, so the graph's driver never connects (it would fail loudly if it tried). */
    private static final Driver UNUSED = GraphDatabase.driver("bolt://127.0.0.1:9", AuthTokens.none());

    private final CatalogGraph graph = CatalogGraph.over(new CatalogDatabase(UNUSED));

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withUserConfiguration(McpConfiguration.class, McpHttpConfiguration.class)
            .withBean(CatalogGraph.class, () -> graph);

    private final ApplicationContextRunner commandLine = new ApplicationContextRunner()
            .withUserConfiguration(McpConfiguration.class, McpHttpConfiguration.class)
            .withBean(CatalogGraph.class, () -> graph);

    @Test
    void theWebApplicationServesMcpOnOneServletAtSlashMcp() {
        web.run(context -> {
            assertThat(context).hasSingleBean(StatelessHttpEndpoint.class);
            ServletRegistrationBean<?> registration = context.getBean("mcpServlet", ServletRegistrationBean.class);
            assertThat(registration.getUrlMappings()).containsExactly("/mcp");
            assertThat(registration.getServlet()).isSameAs(context.getBean(StatelessHttpEndpoint.class).servlet());
        });
    }

    @Test
    void commandsWithoutAWebServerGetTheServerButNoEndpoint() {
        commandLine.run(context -> {
            assertThat(context).hasSingleBean(CatalogMcpServer.class);
            assertThat(context).doesNotHaveBean(StatelessHttpEndpoint.class);
            assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
        });
    }

    @Test
    void bindsTheBoundsAndOriginsFromCatalogMcpProperties() {
        commandLine.withPropertyValues("catalog.mcp.max-items=20", "catalog.mcp.query-row-limit=200",
                        "catalog.mcp.query-timeout=3s", "catalog.mcp.allowed-origins=https://portal.example.com")
                .run(context -> assertThat(context.getBean(McpSettings.class)).isEqualTo(new McpSettings(20, 200,
                        Duration.ofSeconds(3), 20_000, List.of("https://portal.example.com"), Duration.ofMinutes(3),
                        CatalogGraphVersion.current())));
    }

    @Test
    void theStdioCommandBindsTheSamePropertiesBeforeTheApplicationStarts() {
        McpProperties properties = McpProperties.bind(java.util.Map.of("catalog.mcp.max-items", 20,
                "catalog.mcp.database-wait", "45s"));

        assertThat(properties.maxItems()).isEqualTo(20);
        assertThat(properties.databaseWait()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void defaultsBoundAnswersToFiftyItems() {
        commandLine.run(context -> assertThat(context.getBean(McpSettings.class).maxItems()).isEqualTo(50));
    }

    @Test
    void anInvalidBoundStopsStartupNamingTheProperty() {
        commandLine.withPropertyValues("catalog.mcp.max-items=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessage("catalog.mcp.max-items must be 1..1000, was 0");
        });
    }
}
