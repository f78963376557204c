package com.cataloggraph.mcp.testing;

import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.McpSettings;
import com.cataloggraph.mcp.server.StreamableHttpEndpoint;
import com.cataloggraph.model.CatalogGraph;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;

/** The Streamable HTTP endpoint in a real Tomcat on a free port, as {@code serve} hosts it. */
public final class HttpTestServer implements AutoCloseable {

    private final Tomcat tomcat;
    private final StreamableHttpEndpoint endpoint;

    private HttpTestServer(Tomcat tomcat, StreamableHttpEndpoint endpoint) {
        this.tomcat = tomcat;
        this.endpoint = endpoint;
    }

    public static HttpTestServer start(CatalogGraph graph, McpSettings settings) throws Exception {
        StreamableHttpEndpoint endpoint = new StreamableHttpEndpoint(new CatalogMcpServer(graph, settings), settings);
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("mcp-tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Wrapper servlet = Tomcat.addServlet(context, "mcp", endpoint.servlet());
        servlet.setAsyncSupported(true);
        context.addServletMappingDecoded(StreamableHttpEndpoint.PATH, "mcp");
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
