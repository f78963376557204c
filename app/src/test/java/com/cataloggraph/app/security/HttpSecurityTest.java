package com.cataloggraph.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.RawHttp;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@Tag("security")
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpSecurityTest {

    private static final String READER_TOKEN = ApiTokens.generate();
    private static final String ADMIN_TOKEN = ApiTokens.generate();
    private static final String FILE_TOKEN = ApiTokens.generate();
    private static final String EXPIRED_TOKEN = ApiTokens.generate();
    private static JwksServer jwks;
    private static Path tokensFile;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SharedNeo4jProperties.register(registry);
        jwks = new JwksServer();
        registry.add("catalog.security.tokens[0].name", () -> "ci-reader");
        registry.add("catalog.security.tokens[0].sha256", () -> ApiTokens.sha256(READER_TOKEN));
        registry.add("catalog.security.tokens[0].role", () -> "reader");
        registry.add("catalog.security.tokens[1].name", () -> "platform-admin");
        registry.add("catalog.security.tokens[1].sha256", () -> ApiTokens.sha256(ADMIN_TOKEN));
        registry.add("catalog.security.tokens[1].role", () -> "admin");
        registry.add("catalog.security.oidc.issuer-uri", () -> JwksServer.ISSUER);
        registry.add("catalog.security.oidc.jwk-set-uri", jwks::jwksUri);
        registry.add("catalog.security.oidc.audience", () -> JwksServer.AUDIENCE);
        tokensFile = Files.createTempFile("catalog-tokens", "");
        Files.writeString(tokensFile, "file-reader:reader:" + ApiTokens.sha256(FILE_TOKEN) + ":2999-01-01T00:00:00Z\n"
                + "old-reader:reader:" + ApiTokens.sha256(EXPIRED_TOKEN) + ":2001-01-01T00:00:00Z\n");
        registry.add("catalog.security.tokens-file", tokensFile::toString);
    }

    @AfterAll
    static void stopJwks() throws IOException {
        jwks.close();
        Files.deleteIfExists(tokensFile);
    }

    /** Issue 20 item 12 (and issue 13 item 2): revoking a token is removing its line; no restart. */
    @Test
    @Tag("security")
    void aTokenRemovedFromTheTokensFileIsRefusedWithoutARestart() throws Exception {
        assertThat(get("/actuator/info", FILE_TOKEN).statusCode()).isEqualTo(200);

        String kept = Files.readAllLines(tokensFile).stream().filter(line -> !line.startsWith("file-reader:"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(tokensFile, kept);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        int status;
        while ((status = get("/actuator/info", FILE_TOKEN).statusCode()) == 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(status).isEqualTo(401);
        assertThat(get("/actuator/info", READER_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    @Tag("security")
    void anExpiredTokenIsRefusedAndSaysSo() throws Exception {
        HttpResponse<String> response = get("/actuator/info", EXPIRED_TOKEN);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_token\"", "The API token expired at 2001-01-01T00:00:00Z");
    }

    @Test
    void healthIsPublic() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    /** Issue 16: health showed the data path, Neo4j version and Bolt address to anyone. */
    @Test
    void healthShowsItsDetailsToAnAdminOnly() throws Exception {
        HttpResponse<String> anyone = get("/actuator/health", null);
        HttpResponse<String> reader = get("/actuator/health", READER_TOKEN);
        HttpResponse<String> admin = get("/actuator/health", ADMIN_TOKEN);

        assertThat(anyone.body()).contains("\"neo4j\":{\"status\":\"UP\"}").doesNotContain("\"details\"");
        assertThat(reader.body()).doesNotContain("\"details\"");
        assertThat(admin.body()).contains("\"details\"");
    }

    @Test
    void aCallWithoutTokenGets401PointingAtTheResourceMetadata() throws Exception {
        HttpResponse<String> response = post("/mcp", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer resource_metadata=\"http://localhost:" + port + "/.well-known/oauth-protected-resource\"");
    }

    @Test
    void anUnknownTokenIsAnInvalidToken() throws Exception {
        HttpResponse<String> response = get("/actuator/info", "cgt_not-a-real-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_token\"");
    }

    @Test
    void aReaderTokenReadsButGets403InsufficientScopeOnAdminPaths() throws Exception {
        assertThat(get("/actuator/info", READER_TOKEN).statusCode()).isEqualTo(200);

        HttpResponse<String> admin = post("/admin/ingest", READER_TOKEN);
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"insufficient_scope\", scope=\"catalog:admin\"");
    }

    @Test
    void anAdminTokenPassesAdminPaths() throws Exception {
        // No admin endpoint at this path: getting past security means 404, not 401/403.
        assertThat(post("/admin/does-not-exist", ADMIN_TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aValidJwtWithAReaderRoleReads() throws Exception {
        String token = jwks.token(Map.of("roles", List.of("reader"), "preferred_username", "jane"));

        assertThat(get("/actuator/info", token).statusCode()).isEqualTo(200);
    }

    @Test
    void readsRolesFromASpaceSeparatedScopeClaimToo() throws Exception {
        String admin = jwks.token(Map.of("roles", "openid catalog:admin"));

        assertThat(post("/admin/does-not-exist", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsJwtsWithTheWrongAudienceIssuerSignatureOrExpiry() throws Exception {
        Map<String, Object> reader = Map.of("roles", List.of("reader"));
        String wrongAudience = jwks.token(Map.of("roles", List.of("reader"), "aud", "another-service"));
        String wrongIssuer = jwks.token(Map.of("roles", List.of("reader"), "iss", "https://evil.example"));
        String expired = jwks.token(Map.of("roles", List.of("reader"),
                "exp", Date.from(Instant.now().minusSeconds(3600))));
        String forged = jwks.forgedToken(reader);

        for (String token : List.of(wrongAudience, wrongIssuer, expired, forged)) {
            assertThat(get("/actuator/info", token).statusCode()).as(token).isEqualTo(401);
        }
    }

    @Test
    void aJwtWithoutAKnownRoleIsForbidden() throws Exception {
        String token = jwks.token(Map.of("roles", List.of("guest")));

        assertThat(get("/actuator/info", token).statusCode()).isEqualTo(403);
    }

    @Test
    void servesProtectedResourceMetadata() throws Exception {
        HttpResponse<String> response = get("/.well-known/oauth-protected-resource", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"resource\":\"http://localhost:" + port + "\"",
                "\"authorization_servers\":[\"" + JwksServer.ISSUER + "\"]",
                "\"scopes_supported\":[\"catalog:read\",\"catalog:admin\"]");
    }

    @Test
    void logsEachRequestWithItsPrincipalAndNeverTheToken() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("catalog.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            get("/actuator/info", READER_TOKEN);
            get("/actuator/info", "cgt_wrong");
        } finally {
            logger.detachAppender(appender);
        }

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"principal\":\"token:ci-reader\"", "\"role\":\"reader\"",
                "\"method\":\"GET\"", "\"path\":\"/actuator/info\"", "\"status\":200", "\"ms\":");
        assertThat(lines.get(1)).contains("\"principal\":\"anonymous\"", "\"status\":401");
        assertThat(String.join("\n", lines)).doesNotContain(READER_TOKEN).doesNotContain("cgt_wrong");
    }

    @Test
    void aReaderQueriesGraphQlButCannotRunMutations() throws Exception {
        HttpResponse<String> query = graphql("{ catalogStats { danglingRefs } }", READER_TOKEN);
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("\"catalogStats\"").doesNotContain("errors");

        HttpResponse<String> mutation = graphql("mutation { startIngest { __typename } }", READER_TOKEN);
        assertThat(mutation.body()).contains("Mutations need the admin role").contains("FORBIDDEN")
                .doesNotContain("\"data\":{");
    }

    /**
     * Issue 20, item 1: the operation the engine runs decides, whatever {@code operationName} says. Each body is
     * sent as a reader; none may start a run.
     */
    @Test
    void aReaderCannotSlipAMutationPastTheGuardThroughOperationName() throws Exception {
        List<String> bodies = List.of(
                // the reported attack: an empty operationName beside an anonymous mutation
                "{\"query\":\"mutation { startAgentsMdRun(openMergeRequests: true) { __typename ... on Run { id state } } }\","
                        + "\"operationName\":\"\"}",
                "{\"query\":\"mutation { startIngest { __typename } }\",\"operationName\":null}",
                "{\"query\":\"mutation M { startIngest { __typename } }\",\"operationName\":\"M\"}",
                "{\"query\":\"mutation M { startIngest { __typename } }\",\"operationName\":\"m\"}",
                "{\"query\":\"query Q { catalogStats { danglingRefs } } mutation M { startIngest { __typename } }\","
                        + "\"operationName\":\"M\"}",
                "{\"query\":\"mutation M { startIngest { __typename } }\",\"operationName\":\" \"}");
        for (String body : bodies) {
            HttpResponse<String> response = graphqlBody(body, READER_TOKEN);
            assertThat(response.body()).as(body)
                    .doesNotContain("\"startIngest\":{").doesNotContain("\"startAgentsMdRun\":{")
                    .doesNotContain("\"state\"");
            if (response.body().contains("\"errors\"")) {
                assertThat(response.body()).as(body).satisfiesAnyOf(
                        text -> assertThat(text).contains("Mutations need the admin role", "FORBIDDEN"),
                        text -> assertThat(text).containsIgnoringCase("operation"));
            }
        }
    }

    @Test
    void anAdminRunsANamedMutationChosenByOperationName() throws Exception {
        HttpResponse<String> response = graphqlBody("{\"query\":\"query Q { catalogStats { danglingRefs } } "
                + "mutation M { startIngest { __typename } }\",\"operationName\":\"M\"}", ADMIN_TOKEN);

        assertThat(response.body()).doesNotContain("Mutations need the admin role").contains("\"startIngest\"");
    }

    @Test
    void anAdminReachesTheMutation() throws Exception {
        HttpResponse<String> mutation = graphql("mutation { startIngest { __typename } }", ADMIN_TOKEN);

        assertThat(mutation.body()).doesNotContain("Mutations need the admin role").contains("\"startIngest\"");
    }

    /**
     * Issue 20, item 8: eight parallel requests declaring 150 MB of GraphQL variables (an admin's mutation, even) are
     * answered 413 before their bodies arrive, nothing runs, and the server still answers a normal query.
     */
    @Test
    @Tag("security")
    void refusesEightParallel150MbGraphQlRequestsBeforeReadingThem() throws Exception {
        long runsBefore = ingestRuns();
        String head = "{\"query\":\"mutation($v: String) { startIngest { __typename } }\",\"variables\":{\"v\":\"";
        List<CompletableFuture<String>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> rawPost("/graphql", ADMIN_TOKEN, head,
                        150L * 1024 * 1024, false), callers));
            }
            for (CompletableFuture<String> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).startsWith("HTTP/1.1 413").contains(
                        "{\"error\":\"request_too_large\",\"message\":\"The request body is larger than "
                                + "1,048,576 bytes (catalog.security.max-request-size)\"}");
            }
        }
        assertThat(ingestRuns()).isEqualTo(runsBefore);
        assertThat(graphql("{ catalogStats { danglingRefs } }", READER_TOKEN).body()).contains("\"catalogStats\"");
    }

    @Test
    @Tag("security")
    void refusesAChunkedBodyOnceItPassesTheLimit() {
        String answer = rawPost("/graphql", READER_TOKEN, "{\"query\":\"{ catalogStats { danglingRefs } }\",\"x\":\"",
                150L * 1024 * 1024, true);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"request_too_large\"");
    }

    @Test
    void acceptsAChunkedBodyUnderTheLimit() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "{\"query\":\"{ catalogStats { danglingRefs } }\"}".getBytes(StandardCharsets.UTF_8))))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + READER_TOKEN).build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"catalogStats\"");
    }

    private String rawPost(String path, String token, String head, long length, boolean chunked) {
        return RawHttp.postHuge(URI.create("http://localhost:" + port), path, token, head, length, chunked);
    }

    private long ingestRuns() {
        try (var session = com.cataloggraph.model.testing.TestNeo4j.get().driver().session()) {
            return session.run("MATCH (r:IngestRun) RETURN count(r) AS n").single().get("n").asLong();
        }
    }

    @Test
    void graphQlNeedsAToken() throws Exception {
        assertThat(graphql("{ catalogStats { danglingRefs } }", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> graphql(String document, String token) throws Exception {
        return graphqlBody("{\"query\":\"" + document.replace("\"", "\\\"") + "\"}", token);
    }

    private HttpResponse<String> graphqlBody(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
