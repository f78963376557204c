package com.cataloggraph.app.cli;

import com.cataloggraph.app.neo4j.Neo4jEndpoint;
import com.cataloggraph.app.runtime.CatalogRuntime;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the server until stopped: GraphQL, MCP over HTTP and health, over the graph. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve GraphQL (/graphql, /graphiql), MCP over Streamable HTTP (/mcp) and health "
                + "(/actuator/health) until stopped with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}). Any other needs authentication "
                    + "configured (API tokens or OIDC) or --insecure.")
    String host;

    @Option(names = "--insecure", description = "Allow a non-loopback --host without authentication.")
    boolean insecure;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = database.properties(7687);
        properties.put("server.port", port);
        properties.put("server.address", host);
        if (insecure) {
            properties.put("catalog.security.insecure", true);
        }
        properties.put("catalog.neo4j.when-data-in-use", "fail");
        ConfigurableApplicationContext context = CatalogRuntime.start("serve", true, properties);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        announce(context, spec.commandLine().getOut());
        closed.await();
        return ExitCodes.OK;
    }

    private static void announce(ConfigurableApplicationContext context, PrintWriter out) {
        int httpPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        String base = "http://" + address + ":" + httpPort;
        out.println("Catalog Graph is serving at " + base);
        out.println("  GraphQL  " + base + "/graphql   (GraphiQL: " + base + "/graphiql)");
        out.println("  MCP      " + base + "/mcp");
        out.println("  Health   " + base + "/actuator/health");
        out.println("  Neo4j    " + context.getBean(Neo4jEndpoint.class).description());
        out.println("Stop with Ctrl-C.");
        out.flush();
    }
}
