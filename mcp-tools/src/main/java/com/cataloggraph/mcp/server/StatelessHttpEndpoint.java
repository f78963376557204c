package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.McpSettings;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import jakarta.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog over stateless Streamable HTTP on {@value #PATH}: the SDK's stateless servlet
 * transport, so no client state lives in this process and any instance answers any request (no
 * session ids, no server-sent event streams, no server-initiated messages). In front of it,
 * {@link HttpGate} refuses what the SDK would answer badly (foreign origins, unknown protocol
 * versions, malformed JSON, batches, oversize bodies, other methods than POST) with short JSON
 * errors.
 */
public final class StatelessHttpEndpoint implements AutoCloseable {

    public static final String PATH = "/mcp";

    /** Loopback origins, on any port: a local browser page talking to a local server. */
    static final List<String> LOOPBACK_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*",
            "https://localhost:*", "https://127.0.0.1:*");

    private final HttpGate gate;
    private final McpStatelessSyncServer server;

    public StatelessHttpEndpoint(CatalogMcpServer catalog, McpSettings settings) {
        List<String> origins = new ArrayList<>(LOOPBACK_ORIGINS);
        origins.addAll(settings.allowedOrigins());
        ServerTransportSecurityValidator originCheck = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(origins).build();
        HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .messageEndpoint(PATH)
                .securityValidator(originCheck)
                .maxRequestSize(JsonRpcScreen.MAX_MESSAGE_BYTES)
                .build();
        this.server = catalog.serve(transport);
        this.gate = new HttpGate(transport, originCheck);
    }

    /** The servlet to register on {@value #PATH}. */
    public HttpServlet servlet() {
        return gate;
    }

    @Override
    public void close() {
        server.closeGracefully();
    }
}
