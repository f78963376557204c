package com.cataloggraph.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.tool.CatalogConnection;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stdio server in this JVM, spoken to line by line as an agent's client would (issue 16): a
 * bad line is answered and the session goes on; initialize and tools/list are answered before the
 * database is open; a call waits for it with progress, or fails naming why; stdin's end ends it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StdioServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",\
            "capabilities":{},"clientInfo":{"name":"lines","version":"1"}}}""";

    private CatalogGraph graph;
    private Session session;

    @BeforeAll
    void seed() {
        graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        ContractCatalog.seed(graph);
    }

    @AfterEach
    void end() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aLineThatIsNotJsonIsAnsweredAndPingStillAnswers() throws Exception {
        session = Session.start(CatalogConnection.open(graph));
        session.send("this is not json");
        JsonNode error = session.next();
        session.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");

        assertThat(error.at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(error.at("/id").isNull()).isTrue();
        assertThat(error.at("/error/message").asString()).startsWith("Parse error: the message is not valid JSON "
                + "(line 1, column ").endsWith("); send one JSON-RPC message per line (stdio) or per request (HTTP)");
        assertThat(session.next().toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}");
    }

    @Test
    void aTruncatedObjectABatchAndAMalformedMessageAreAnsweredAndTheSessionGoesOn() throws Exception {
        session = Session.start(CatalogConnection.open(graph));
        session.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/li");
        session.send("[{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}]");
        session.send("{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"ping\"}");
        session.send("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}");

        assertThat(session.next().at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(session.next().at("/error/message").asString()).startsWith("Invalid Request: JSON-RPC batches");
        JsonNode wrongVersion = session.next();
        assertThat(wrongVersion.at("/id").asInt()).isEqualTo(5);
        assertThat(wrongVersion.at("/error/message").asString()).isEqualTo("Invalid Request: \"jsonrpc\" must be \"2.0\"");
        assertThat(session.next().at("/error/message").asString()).isEqualTo("Invalid Request: \"id\" must be a "
                + "string or an integer");
        session.send(INITIALIZE);
        assertThat(session.next().at("/result/serverInfo/name").asString()).isEqualTo("catalog-graph");
    }

    @Test
    void aLineOverOneMebibyteIsRefusedWithoutEndingTheSession() throws Exception {
        session = Session.start(CatalogConnection.open(graph));
        session.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(1_100_000) + "\"}}");
        session.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");

        assertThat(session.next().at("/error/message").asString()).isEqualTo("Invalid Request: the message is larger "
                + "than 1048576 bytes");
        assertThat(session.next().at("/id").asInt()).isEqualTo(2);
    }

    @Test
    void answersInitializeAndToolsListBeforeTheDatabaseIsOpenAndACallWaitsWithProgress() throws Exception {
        CatalogConnection opening = CatalogConnection.opening("the test database");
        session = Session.start(opening);

        session.send(INITIALIZE);
        assertThat(session.next().at("/result/protocolVersion").asString()).isEqualTo("2025-11-25");
        session.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        session.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        assertThat(session.next().at("/result/tools").size()).isEqualTo(13);

        session.send("""
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"get_owner",\
                "arguments":{"entity":"ledger"},"_meta":{"progressToken":"wait-1"}}}""");
        JsonNode progress = session.next();
        assertThat(progress.at("/method").asString()).isEqualTo("notifications/progress");
        assertThat(progress.at("/params/progressToken").asString()).isEqualTo("wait-1");
        assertThat(progress.at("/params/message").asString()).startsWith("Opening the test database (");

        opening.opened(graph);
        JsonNode answer = session.nextWithId(3);
        assertThat(answer.at("/result/structuredContent/owners/0/owner/ref").asString())
                .isEqualTo("group:default/payments-team");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsAnErrorNamingTheCause() throws Exception {
        CatalogConnection failing = CatalogConnection.opening("the test database");
        session = Session.start(failing);
        session.send(INITIALIZE);
        session.next();
        session.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

        failing.failed("The data folder /data is in use by process 42 (catalog-graph serve).");
        session.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"get_owner\","
                + "\"arguments\":{\"entity\":\"ledger\"}}}");

        JsonNode error = session.next();
        assertThat(error.at("/error/code").asInt()).isEqualTo(-32603);
        assertThat(error.at("/error/message").asString()).isEqualTo("The catalog database could not be opened: The "
                + "data folder /data is in use by process 42 (catalog-graph serve).");
    }

    @Test
    void theEndOfStdinEndsTheServer() throws Exception {
        session = Session.start(CatalogConnection.opening("a database that never opens"));
        session.send(INITIALIZE);
        session.next();

        session.input.end();

        assertThat(session.server.join(Duration.ofMinutes(1))).isTrue();
        session = null;
    }

    /** One server on its own thread; lines in through a queue, lines out into a queue. */
    private record Session(LineQueue input, BlockingQueue<String> output, Thread server) implements AutoCloseable {

        static Session start(CatalogConnection connection) {
            LineQueue input = new LineQueue();
            BlockingQueue<String> output = new LinkedBlockingQueue<>();
            Thread server = Thread.ofPlatform().daemon().name("stdio-under-test").start(() ->
                    StdioServer.serve(new CatalogMcpServer(connection, McpSettings.DEFAULTS), input, lines(output)));
            return new Session(input, output, server);
        }

        void send(String line) {
            input.offer(line);
        }

        JsonNode next() throws InterruptedException {
            String line = output.poll(2, TimeUnit.MINUTES);
            assertThat(line).as("an answer within minutes").isNotNull();
            return JSON.readTree(line);
        }

        /** The next message with this id, skipping notifications (progress) before it. */
        JsonNode nextWithId(int id) throws InterruptedException {
            JsonNode message = next();
            while (!message.has("id") || message.get("id").asInt() != id) {
                message = next();
            }
            return message;
        }

        @Override
        public void close() throws InterruptedException {
            input.end();
            server.join(Duration.ofMinutes(1));
        }

        private static OutputStream lines(BlockingQueue<String> output) {
            return new OutputStream() {
                private final ByteArrayOutputStream line = new ByteArrayOutputStream();

                @Override
                public synchronized void write(int b) {
                    if (b == '\n') {
                        output.add(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            };
        }
    }
}
