package com.cataloggraph.mcp.testing;

import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.StatelessHttpEndpoint;
import com.cataloggraph.model.CatalogGraph;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/** The stateless HTTP endpoint in a real Tomcat on a free port, as {@code serve} hosts it. */
public final class HttpTestServer implements AutoCloseable {

    private final Tomcat tomcat;
    private final StatelessHttpEndpoint endpoint;

    private HttpTestServer(Tomcat tomcat, StatelessHttpEndpoint endpoint) {
        this.tomcat = tomcat;
        this.endpoint = endpoint;
    }

    public static HttpTestServer start(CatalogGraph graph, McpSettings settings) throws Exception {
        return start(new CatalogMcpServer(graph, settings), settings);
    }

    public static HttpTestServer start(CatalogMcpServer server, McpSettings settings) throws Exception {
        StatelessHttpEndpoint endpoint = new StatelessHttpEndpoint(server, settings);
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("mcp-tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "mcp", endpoint.servlet());
        context.addServletMappingDecoded(StatelessHttpEndpoint.PATH, "mcp");
        tomcat.start();
        return new HttpTestServer(tomcat, endpoint);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    @Override
    public void close() throws LifecycleException {
        endpoint.close();
        tomcat.stop();
        tomcat.destroy();
    }
}
