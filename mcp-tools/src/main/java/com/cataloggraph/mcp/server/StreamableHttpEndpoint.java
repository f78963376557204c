package com.cataloggraph.mcp.server;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog over Streamable HTTP: a servlet for {@value #PATH} that any number of clients
 * use at once, and that refuses browser requests from foreign origins with 403 (DNS-rebinding
 * protection). Requests without an {@code Origin} header (agents, CLIs) pass.
 */
public final class StreamableHttpEndpoint implements AutoCloseable {

    public static final String PATH = "/mcp";

    /** Loopback origins, on any port: a local browser page talking to a local server. */
    static final List<String> LOOPBACK_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*",
            "https://localhost:*", "https://127.0.0.1:*");

    private final HttpServletStreamableServerTransportProvider servlet;
    private final McpSyncServer server;

    public StreamableHttpEndpoint(CatalogMcpServer catalog, McpSettings settings) {
        List<String> origins = new ArrayList<>(LOOPBACK_ORIGINS);
        origins.addAll(settings.allowedOrigins());
        this.servlet = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint(PATH)
                .httpHeaderValidator(DefaultServerTransportSecurityValidator.builder().allowedOrigins(origins).build())
                .build();
        this.server = catalog.start(servlet);
    }

    /** The servlet to register on {@value #PATH}, with async support. */
    public HttpServletStreamableServerTransportProvider servlet() {
        return servlet;
    }

    @Override
    public void close() {
        server.closeGracefully();
    }
}
