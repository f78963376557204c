package com.cataloggraph.app.mcp;

import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.cli.FailureExitCodes;
import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.StdioServer;
import com.cataloggraph.mcp.tool.CatalogConnection;
import com.cataloggraph.model.CatalogGraph;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Serves the MCP tools over stdio to one agent until it closes stdin. It answers {@code initialize}
 * and {@code tools/list} at once and opens the database meanwhile, on another thread (if a
 * {@code serve} process holds the embedded data folder, it reads through that process's Bolt port);
 * a call that needs the database waits for it, with progress. When stdin closes the process ends
 * within {@link StdioServer#CLOSE_WAIT} plus {@link #EXIT_WAIT}: it closes the database if it can in that
 * time, else it stops anyway (Neo4j recovers its store on the next start), so no process is left holding
 * the data folder.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the 13 read-only catalog tools to an agent over MCP stdio until stdin closes.",
                "stdout carries protocol messages only; logs go to stderr. Answers initialize at once and opens the "
                        + "database meanwhile; with --data on a folder a running `serve` holds, reads through that "
                        + "server's database."})
public final class McpCommand implements Callable<Integer> {

    /** How long closing the database may take once the client has gone before the process stops anyway. */
    static final Duration EXIT_WAIT = Duration.ofMillis(1300);

    private static final Logger LOG = LoggerFactory.getLogger(McpCommand.class);

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws InterruptedException {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        // From here on nothing but MCP messages may reach stdout, whatever a library prints.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            Map<String, Object> properties = database.properties(0);
            McpSettings settings = McpProperties.bind(properties).settings(CatalogGraphVersion.current());
            CatalogConnection connection = CatalogConnection.opening(describe(properties));
            AtomicReference<ConfigurableApplicationContext> application = new AtomicReference<>();
            Thread opener = Thread.ofPlatform().name("catalog-open").daemon().start(() ->
                    open(properties, connection, application));
            StdioServer.serve(new CatalogMcpServer(connection, settings), System.in, protocol);
            exit(opener, application);
        } finally {
            System.setOut(stdout);
        }
        return ExitCodes.OK;
    }

    private static void open(Map<String, Object> properties, CatalogConnection connection,
                             AtomicReference<ConfigurableApplicationContext> application) {
        try {
            ConfigurableApplicationContext context = CatalogRuntime.start("mcp", false, properties);
            application.set(context);
            CatalogGraph graph = context.getBean(CatalogGraph.class);
            // Every answer states the last ingest: asking once now makes the first answer quicker.
            graph.status().lastIngestAt();
            connection.opened(graph);
        } catch (RuntimeException | Error e) {
            String cause = FailureExitCodes.rootCauseOfInterest(e).getMessage();
            LOG.error("The catalog database could not be opened: {}", cause);
            connection.failed(cause);
        }
    }

    /** The client has gone: close the database within {@link #EXIT_WAIT}, or stop without closing it. */
    private static void exit(Thread opener, AtomicReference<ConfigurableApplicationContext> application)
            throws InterruptedException {
        Thread closer = Thread.ofPlatform().name("catalog-close").daemon().start(() -> {
            try {
                opener.join(EXIT_WAIT);
                ConfigurableApplicationContext context = application.get();
                if (context != null) {
                    context.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closer.join(EXIT_WAIT.toMillis());
        if (closer.isAlive() || opener.isAlive()) {
            LOG.info("The client has gone and the database is still {}; stopping now (it recovers on its next "
                    + "start)", opener.isAlive() ? "opening" : "closing");
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.OK);
        }
    }

    private static String describe(Map<String, Object> properties) {
        String uri = System.getenv("NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            return "the Neo4j at " + uri;
        }
        Object data = properties.getOrDefault("catalog.neo4j.data",
                System.getenv().getOrDefault("CATALOG_GRAPH_DATA", "./data"));
        return "the catalog database in " + data;
    }
}
