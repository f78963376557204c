package com.cataloggraph.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scale-out shown with real processes: one Neo4j server in its own JVM, two {@code catalog-graph serve}
 * processes on it (A through {@code neo4j://}, B through {@code bolt://}), and a client that alternates
 * between them: GraphQL, an ingest started on A and followed on B, one MCP conversation across both,
 * then A killed in the middle of an ingest and of traffic. One shared setup: each process start costs
 * seconds of the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration RUN = Duration.ofMinutes(4);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OWNER_QUERY = "{ entity(ref: \"component:default/payments-service\") "
            + "{ ref title ... on Component { owner { ... on Group { ref } ... on User { ref } } } } }";

    @TempDir
    static Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Neo4jServerProcess neo4j;
    private Driver driver;
    private CatalogGraphProcess a;
    private CatalogGraphProcess b;
    private String urlA;
    private String urlB;
    private Path sample;
    private Path generated;

    @BeforeAll
    void startNeo4jAndTwoServers() throws Exception {
        sample = SampleCatalog.copyTo(temp.resolve("sample-catalog"));
        generated = Files.createDirectories(temp.resolve("generated"));
        neo4j = Neo4jServerProcess.start(START);
        driver = GraphDatabase.driver("bolt://" + neo4j.address(), AuthTokens.none());
        // A short lease, so that B takes over from a killed A within seconds; small batches make A's writes last;
        // patient connections, for a busy machine.
        Map<String, String> environment = Map.of("NEO4J_PASSWORD", "", "CATALOG_INGEST_LEASE_TIMEOUT", "20s",
                "CATALOG_NEO4J_WRITEBATCHSIZE", "20", "CATALOG_NEO4J_CONNECTIONTIMEOUT", "60s",
                "CATALOG_NEO4J_MAXRETRYTIME", "30s");
        a = serve(environment, "neo4j://" + neo4j.address());
        b = serve(environment, "bolt://" + neo4j.address());
        urlA = a.awaitHttpUrl(START);
        urlB = b.awaitHttpUrl(START);
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (CatalogGraphProcess server : new CatalogGraphProcess[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    @Order(1)
    void bothServersIngestedAtStartButNeverAtTheSameTime() {
        List<Record> runs = driver.executableQuery("""
                MATCH (r:IngestRun) RETURN r.runner AS runner, r.status AS status, r.startedAt AS startedAt,
                       r.finishedAt AS finishedAt ORDER BY datetime(r.startedAt)
                """).execute().records();

        assertThat(runs).hasSize(2).allSatisfy(run -> assertThat(run.get("status").asString()).isEqualTo("succeeded"));
        assertThat(runs.stream().map(run -> run.get("runner").asString()).distinct()).hasSize(2)
                .allSatisfy(runner -> assertThat(runner).endsWith(" (serve)"));
        assertThat(Instant.parse(runs.get(1).get("startedAt").asString()))
                .as("the second run started after the first had finished")
                .isAfterOrEqualTo(Instant.parse(runs.get(0).get("finishedAt").asString()));
    }

    @Test
    @Order(2)
    void graphQlAnswersTheSameOnEitherServer() throws Exception {
        Map<String, Object> first = graphql(urlA, OWNER_QUERY);
        assertThat(first.toString()).contains("group:default/payments-team");
        for (int call = 0; call < 6; call++) {
            assertThat(graphql(call % 2 == 0 ? urlB : urlA, OWNER_QUERY)).isEqualTo(first);
        }
    }

    @Test
    @Order(3)
    void anIngestStartedOnAIsFollowedOnBAndItsResultReadThere() throws Exception {
        Files.writeString(sample.resolve("payments-service/catalog-info.yaml"), """
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: scale-out-probe
                  description: Added while two servers were running.
                spec:
                  type: service
                  lifecycle: experimental
                  owner: payments-team
                """, StandardOpenOption.APPEND);

        Map<String, Object> started = data(graphql(urlA, "mutation { startIngest(sources: [\"sample-catalog\"]) "
                + "{ ... on Run { id state } ... on RunProblem { code message } } }"), "startIngest");
        assertThat(started).containsEntry("state", "QUEUED");
        Map<String, Object> finished = awaitRun(urlB, (String) started.get("id"),
                state -> state.equals("SUCCEEDED") || state.equals("FAILED"));

        assertThat(finished).containsEntry("state", "SUCCEEDED");
        assertThat((String) finished.get("detail")).contains("73 entities").endsWith(" (serve)");
        assertThat(data(graphql(urlB, "{ entity(ref: \"component:default/scale-out-probe\") { description } }"),
                "entity")).containsEntry("description", "Added while two servers were running.");
    }

    @Test
    @Order(4)
    void oneMcpConversationMovesBetweenServers() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpResponse<String> initialized = mcp(urlA, headers, """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                 "capabilities":{},"clientInfo":{"name":"scale-out-it","version":"1"}}}""");
        assertThat(initialized.statusCode()).as(initialized.body()).isEqualTo(200);
        initialized.headers().firstValue("Mcp-Session-Id").ifPresent(id -> headers.put("Mcp-Session-Id", id));
        Object version = map(message(initialized).get("result")).get("protocolVersion");
        headers.put("MCP-Protocol-Version", String.valueOf(version));
        HttpResponse<String> notified = mcp(urlB, headers,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertThat(notified.statusCode()).as(notified.body()).isBetween(200, 202);

        HttpResponse<String> tools = mcp(urlB, headers, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
        assertThat(list(map(message(tools).get("result")).get("tools"))).extracting(tool -> map(tool).get("name"))
                .contains("get_owner", "get_entity", "query_graph");

        HttpResponse<String> owner = mcp(urlA, headers, """
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"get_owner",
                 "arguments":{"entity":"component:default/payments-service"}}}""");
        assertThat(owner.statusCode()).as(owner.body()).isEqualTo(200);
        assertThat(message(owner).toString()).contains("group:default/payments-team");
    }

    @Test
    @Order(5)
    void killingAServerMidIngestAndMidTrafficLosesNothing() throws Exception {
        int generatedEntities = CatalogGenerator.generate(new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, 0.05),
                generated).totalEntities();
        Traffic traffic = new Traffic();
        CompletableFuture<Void> clients = CompletableFuture.runAsync(traffic::run);

        String id = (String) data(graphql(urlA, "mutation { startIngest(sources: [\"generated\"]) { ... on Run "
                + "{ id } } }"), "startIngest").get("id");
        awaitRun(urlB, id, state -> !state.equals("QUEUED"));
        a.kill();
        traffic.aKilled.set(true);

        Map<String, Object> abandoned = awaitRun(urlB, id, state -> !state.equals("RUNNING"));
        assertThat(abandoned).containsEntry("state", "FAILED");
        assertThat((String) abandoned.get("detail")).startsWith("abandoned: ").contains(" (serve) stopped renewing it");
        String again = (String) data(graphql(urlB, "mutation { startIngest(sources: [\"generated\"]) { ... on Run "
                + "{ id } } }"), "startIngest").get("id");
        assertThat(awaitRun(urlB, again, state -> state.equals("SUCCEEDED") || state.equals("FAILED")))
                .containsEntry("state", "SUCCEEDED");
        traffic.stop.set(true);
        clients.get();

        long entities = driver.executableQuery("MATCH (n:Entity) WHERE n.missing = false RETURN count(n) AS n")
                .execute().records().getFirst().get("n").asLong();
        assertThat(entities).as("the sample catalog, its probe, and the whole generated catalog")
                .isEqualTo(73 + generatedEntities);
        assertThat(traffic.failedOnB.get()).as("B never failed a request: " + traffic.firstFailure).isZero();
        assertThat(traffic.lost.get()).as("no request was lost: " + traffic.firstFailure).isZero();
        assertThat(traffic.answeredByA.get()).as("A served before it was killed").isPositive();
        assertThat(traffic.retriedOnB.get()).as("requests that met the dead A were answered by B").isPositive();
    }

    /**
     * A client that alternates between A and B and, like a load balancer, retries on B a request A did not
     * answer. Counts what each answered; a request B fails or no one answers is lost.
     */
    private final class Traffic {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicBoolean aKilled = new AtomicBoolean();
        final AtomicInteger answeredByA = new AtomicInteger();
        final AtomicInteger retriedOnB = new AtomicInteger();
        final AtomicInteger failedOnB = new AtomicInteger();
        final AtomicInteger lost = new AtomicInteger();
        volatile String firstFailure;

        void run() {
            int call = 0;
            while (!stop.get()) {
                boolean toA = call++ % 2 == 0;
                if (toA && answers(urlA)) {
                    answeredByA.incrementAndGet();
                    continue;
                }
                if (answers(urlB)) {
                    if (toA) {
                        retriedOnB.incrementAndGet();
                    }
                } else {
                    failedOnB.incrementAndGet();
                    lost.incrementAndGet();
                }
            }
        }

        private boolean answers(String url) {
            try {
                boolean right = graphql(url, OWNER_QUERY).toString().contains("group:default/payments-team");
                if (!right && firstFailure == null) {
                    firstFailure = url + " answered without the owner";
                }
                return right;
            } catch (Exception e) {
                if (url.equals(urlB) && firstFailure == null) {
                    firstFailure = url + ": " + e;
                }
                return false;
            }
        }
    }

    private CatalogGraphProcess serve(Map<String, String> environment, String neo4jUri) throws IOException {
        Map<String, String> withUri = new LinkedHashMap<>(environment);
        withUri.put("NEO4J_URI", neo4jUri);
        // Each server's access log and copy of the file states in the test's folder: without a data folder they
        // would go to the working directory.
        Path own = Files.createTempDirectory(temp, "server");
        withUri.put("JAVA_OPTS", CatalogGraphProcess.environment().get("JAVA_OPTS") + " -Dcatalog.access-log.file="
                + own.resolve("access.log") + " -Dcatalog.ingest.state-cache=" + own.resolve("ingest-state.bin"));
        return CatalogGraphProcess.start(withUri, "serve", "--port", "0", "--ingest", sample.toString(),
                generated.toString());
    }

    /** Polls {@code run(kind: INGEST)} on a server until its state passes {@code done}. */
    private Map<String, Object> awaitRun(String url, String id, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + RUN.toNanos();
        Map<String, Object> run = Map.of();
        while (System.nanoTime() < deadline) {
            run = data(graphql(url, "{ run(kind: INGEST, id: \"" + id + "\") { ... on Run { state detail } "
                    + "... on RunProblem { code message } } }"), "run");
            if (run.get("state") instanceof String state && done.test(state)) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + id + " on " + url + " still " + run + " after " + RUN);
    }

    private Map<String, Object> graphql(String url, String document) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return map(JSON.readValue(response.body(), Map.class));
    }

    private HttpResponse<String> mcp(String url, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/mcp")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON-RPC message of an answer, sent as JSON or as one server-sent event. */
    private static Map<String, Object> message(HttpResponse<String> response) {
        String body = response.body();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            body = body.lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).strip())
                    .reduce((first, second) -> second).orElseThrow();
        }
        return map(JSON.readValue(body, Map.class));
    }

    private static Map<String, Object> data(Map<String, Object> answer, String field) {
        assertThat(answer).as("GraphQL answer").doesNotContainKey("errors");
        return map(map(answer.get("data")).get(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return new ArrayList<>((List<?>) value);
    }
}
