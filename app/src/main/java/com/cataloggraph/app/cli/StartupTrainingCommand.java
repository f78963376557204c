package com.cataloggraph.app.cli;

import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The training run of the launcher's startup cache (JDK 25's {@code -XX:AOTCacheOutput}): in one
 * JVM, does what the commands do when they start, so the classes they load and the methods they
 * run first are in the cache. Every command's help; a server on the embedded database (a small
 * generated catalog ingested at start, one GraphQL, MCP and health request); then {@code query},
 * {@code ingest} and {@code mcp} attached to it, as they attach to a running server. Works in a
 * temporary folder and leaves nothing behind.
 */
@Command(name = "startup-training", hidden = true,
        description = "Exercise every command's start once (the launcher's startup-cache training run).")
public final class StartupTrainingCommand implements Callable<Integer> {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("catalog-graph-training");
        try {
            everyHelpText(CatalogGraphCommand.commandLine(new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(Writer.nullWriter())));
            Path catalog = work.resolve("catalog");
            CatalogGenerator.generate(new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, 0.01), catalog);
            Path data = work.resolve("data");
            try (ConfigurableApplicationContext server = CatalogRuntime.start("serve", true,
                    serverProperties(work, data, catalog))) {
                int port = ((WebServerApplicationContext) server).getWebServer().getPort();
                requests("http://127.0.0.1:" + port);
                CommandLine commands = CatalogGraphCommand.commandLine(new PrintWriter(Writer.nullWriter()),
                        new PrintWriter(Writer.nullWriter()));
                commands.execute("query", "MATCH (c:Component)-[:OWNED_BY]->(g) RETURN c.ref, g.ref LIMIT 5",
                        "--data", data.toString());
                commands.execute("ingest", catalog.toString(), "--data", data.toString());
                try (ConfigurableApplicationContext mcp = CatalogRuntime.start("mcp", false,
                        Map.of("catalog.neo4j.data", data.toString()))) {
                    mcp.getBean(CatalogMcpServer.class);
                }
            }
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private static Map<String, Object> serverProperties(Path work, Path data, Path catalog) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("catalog.neo4j.data", data.toString());
        properties.put("catalog.neo4j.bolt-port", 0);
        properties.put("catalog.neo4j.when-data-in-use", "fail");
        properties.put("catalog.ingest.paths[0]", catalog.toString());
        properties.put("catalog.access-log.file", work.resolve("access.log").toString());
        properties.put("server.port", 0);
        return properties;
    }

    private static void everyHelpText(CommandLine command) {
        command.usage(new PrintWriter(new StringWriter()));
        command.getSubcommands().values().forEach(StartupTrainingCommand::everyHelpText);
    }

    /** Health, a GraphQL query, and an MCP session (initialize, list and call a tool), as clients make them. */
    private static void requests(String base) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build()) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ catalogStats { entityCount "
                            + "relationCount } entities(first: 10) { nodes { ref } } }\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp").build())
                .clientInfo(new McpSchema.Implementation("catalog-graph-training", CatalogGraphVersion.current()))
                .requestTimeout(REQUEST_TIMEOUT)
                .build();
        try {
            client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            if (!tools.isEmpty()) {
                client.callTool(new McpSchema.CallToolRequest("list_entities", Map.of()));
            }
        } finally {
            client.closeGracefully();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
