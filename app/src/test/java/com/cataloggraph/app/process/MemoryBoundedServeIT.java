package com.cataloggraph.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.neo4j.EmbeddedNeo4j;
import com.cataloggraph.app.testing.RawHttp;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Issue 20's memory-bounded run: {@code serve} from the packaged jar under {@code -Xmx512m} gets, all at
 * once, eight GraphQL requests with 150 MB of variables (item 8), MCP {@code query_graph} asked for a
 * 20-million-element row (item 5) and for an expression loop (item 4), three GraphQL lookups of a
 * 1,000,000-character ref and an MCP {@code get_entity} of a 200 KB name (item 2); it must still be
 * alive afterwards and answer ordinary questions correctly.
 */
@Tag("security")
class MemoryBoundedServeIT {

    private static final Pattern BOLT = Pattern.compile("Bolt at (bolt://\\S+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void survivesTheIssuesMemoryAttacksInParallelAndStillAnswers() throws Exception {
        Path data = Files.createTempDirectory("memory-it");
        try (CatalogGraphProcess server = CatalogGraphProcess.start("serve", "--port", "0", "--bolt-port", "0",
                "--data", data.toString())) {
            String baseUrl = server.awaitHttpUrl(Duration.ofSeconds(180));
            seed(server, data);

            List<Callable<String>> attacks = new ArrayList<>();
            String variables = "{\"query\":\"query($v: String) { catalogStats { entityCount } }\",\"variables\":{\"v\":\"";
            for (int i = 0; i < 8; i++) {
                attacks.add(() -> RawHttp.postHuge(URI.create(baseUrl), "/graphql", null, variables,
                        150L * 1024 * 1024, false));
            }
            attacks.add(() -> mcp(baseUrl, "query_graph", Map.of("cypher", "RETURN range(1, 20000000) AS r")));
            attacks.add(() -> mcp(baseUrl, "query_graph",
                    Map.of("cypher", "RETURN reduce(s=0, x IN range(1,600000000) | s + x) AS total")));
            String longRef = "a".repeat(1_000_000);
            for (int i = 0; i < 3; i++) {
                attacks.add(() -> graphql(baseUrl, "{\"query\":\"{ entity(ref: \\\"" + longRef + "\\\") { ref } }\"}"));
            }
            attacks.add(() -> mcp(baseUrl, "get_entity", Map.of("entity", "b".repeat(200 * 1024))));

            List<String> answers = new ArrayList<>();
            try (ExecutorService callers = Executors.newFixedThreadPool(attacks.size())) {
                List<Future<String>> pending = callers.invokeAll(attacks, 10, TimeUnit.MINUTES);
                for (Future<String> answer : pending) {
                    answers.add(answer.isCancelled() ? "(no answer within 10 minutes)" : answer.get());
                }
            }

            assertThat(server.isAlive()).as(server.output()).isTrue();
            assertThat(String.join("\n", answers)).doesNotContain("OutOfMemoryError");
            assertThat(server.output()).doesNotContain("OutOfMemoryError");
            for (String answer : answers.subList(0, 8)) {
                assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"request_too_large\"");
            }
            assertThat(answers.get(8)).startsWith("error: Refused: range(1, 20000000) spans 20,000,000 values");
            assertThat(answers.get(9)).startsWith("error: Refused: range(1, 600000000) spans 600,000,000 values");
            assertThat(graphql(baseUrl, "{\"query\":\"{ entity(ref: \\\"component:default/ledger\\\") { ref } }\"}"))
                    .isEqualTo("{\"data\":{\"entity\":{\"ref\":\"component:default/ledger\"}}}");
            assertThat(mcp(baseUrl, "query_graph", Map.of("cypher",
                    "MATCH (c:Component {ref: 'component:default/ledger'})-[:OWNED_BY]->(g) RETURN g.ref AS owner")))
                    .startsWith("ok: owner\ngroup:default/payments-team\n");
        }
    }

    /** Writes the MCP contract's catalog over the server's own Bolt port. */
    private static void seed(CatalogGraphProcess server, Path data) {
        URI bolt = server.stdout().stream().map(BOLT::matcher).filter(Matcher::find).findFirst()
                .map(m -> URI.create(m.group(1))).orElseThrow(() -> new IllegalStateException(server.output()));
        try (Driver driver = GraphDatabase.driver(bolt, EmbeddedNeo4j.authFor(data))) {
            ContractCatalog.seed(CatalogGraph.over(new CatalogDatabase(driver)));
        }
    }

    private String graphql(String baseUrl, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /** A tool call on a session of its own: {@code ok: <text>}, {@code error: <text>} or {@code fault: <message>}. */
    private static String mcp(String baseUrl, String tool, Map<String, Object> arguments) {
        try (McpSyncClient client = TestClients.http(baseUrl)) {
            client.initialize();
            CallToolResult result = client.callTool(new CallToolRequest(tool, arguments));
            String text = result.content().stream().filter(TextContent.class::isInstance)
                    .map(content -> ((TextContent) content).text()).collect(Collectors.joining("\n"));
            return (Boolean.TRUE.equals(result.isError()) ? "error: " : "ok: ") + text;
        } catch (McpError e) {
            return "fault: " + e.getMessage();
        }
    }
}
