package com.cataloggraph.app.cli;

import com.cataloggraph.app.neo4j.Neo4jEndpoint;
import com.cataloggraph.app.ingest.ServeIngestSchedule;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.app.runtime.StartupStatus;
import com.cataloggraph.app.sync.SyncConfigFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the server until stopped: GraphQL, MCP over HTTP and health, over the graph; with
 * {@code --ingest}, keeps the graph filled from descriptors too.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the catalog browser (/), GraphQL (/graphql, /graphiql), MCP over Streamable HTTP (/mcp) "
                + "and health (/actuator/health) until stopped with Ctrl-C; with --ingest, ingest descriptors at start "
                + "and, with --refresh, on a schedule.")
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

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "Ingest these (as catalog-graph ingest does) at start, before serving is announced.")
    List<Path> ingest = new ArrayList<>();

    @Option(names = "--refresh", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Ingest the --ingest paths again this often while serving, e.g. 30s, 5m, 1h.")
    Duration refresh;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML file of settings, e.g. the sources to keep in sync (catalog.sync.sources; see "
                    + "docs/sync.md). Options given here override it.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (refresh != null && ingest.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--refresh needs --ingest PATH: what should be refreshed?");
        }
        for (Path path : ingest) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "--ingest " + path.toAbsolutePath()
                        + " does not exist");
            }
        }
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        if (config != null) {
            try {
                properties.putAll(SyncConfigFile.properties(config));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        properties.putAll(database.properties(7687));
        properties.put("server.port", port);
        properties.put("server.address", host);
        if (insecure) {
            properties.put("catalog.security.insecure", true);
        }
        properties.put("catalog.neo4j.when-data-in-use", "fail");
        for (int i = 0; i < ingest.size(); i++) {
            properties.put("catalog.ingest.paths[" + i + "]", ingest.get(i).toAbsolutePath().toString());
        }
        if (refresh != null) {
            properties.put("catalog.ingest.refresh", refresh);
        }
        ConfigurableApplicationContext context = CatalogRuntime.start("serve", true, properties,
                List.of(new StartupStatus(spec.commandLine().getErr())));
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
        out.println("  Browser  " + base + "/");
        out.println("  GraphQL  " + base + "/graphql   (GraphiQL: " + base + "/graphiql)");
        out.println("  MCP      " + base + "/mcp");
        out.println("  Health   " + base + "/actuator/health");
        out.println("  Neo4j    " + context.getBean(Neo4jEndpoint.class).description());
        context.getBeanProvider(ServeIngestSchedule.class).ifAvailable(schedule -> schedule.lastReport()
                .ifPresent(report -> out.println("  Catalog  " + report.summary())));
        out.println("Stop with Ctrl-C.");
        out.flush();
    }
}
