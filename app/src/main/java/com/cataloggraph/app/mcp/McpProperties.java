package com.cataloggraph.app.mcp;

import com.cataloggraph.mcp.McpSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The MCP server's bounds and HTTP policy ({@code catalog.mcp.*}).
 *
 * @param maxItems       the most items any list in a tool answer holds, and the largest page (1..1000)
 * @param queryRowLimit  the most rows {@code query_graph} returns (1..10000)
 * @param queryTimeout   how long a {@code query_graph} query may run
 * @param maxAnswerChars {@code query_graph} stops adding rows once its answer passes this many characters
 * @param allowedOrigins browser origins allowed to call {@code /mcp} besides loopback ones, e.g.
 *                       {@code https://portal.example.com} or {@code https://tools.example.com:*}
 * @param databaseWait   how long a stdio request waits for the database, which {@code mcp} opens while it
 *                       already serves, before it fails saying so
 */
@ConfigurationProperties("catalog.mcp")
public record McpProperties(@DefaultValue("50") int maxItems, @DefaultValue("50") int queryRowLimit,
                            @DefaultValue("10s") Duration queryTimeout, @DefaultValue("20000") int maxAnswerChars,
                            @DefaultValue List<String> allowedOrigins, @DefaultValue("3m") Duration databaseWait) {

    static final String PREFIX = "catalog.mcp";

    /** The server's settings; invalid values fail here, naming the property. */
    public McpSettings settings(String version) {
        return new McpSettings(maxItems, queryRowLimit, queryTimeout, maxAnswerChars, allowedOrigins, databaseWait,
                version);
    }

    /**
     * The properties from the command line, system properties and the environment (relaxed names such as
     * {@code CATALOG_MCP_MAXITEMS}), without starting the application: {@code mcp} serves before it has.
     */
    static McpProperties bind(Map<String, Object> commandLine) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("command-line-options", commandLine));
        return Binder.get(environment).bindOrCreate(PREFIX, McpProperties.class);
    }
}
