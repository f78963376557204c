package com.cataloggraph.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.ExitCodes;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeProcessIT {

    private Path data;

    private CatalogGraphProcess server;
    private String baseUrl;

    @BeforeAll
    void startServer() throws Exception {
        data = Files.createTempDirectory("serve-it");
        server = CatalogGraphProcess.start("serve", "--port", "0", "--bolt-port", "0", "--data", data.toString());
        baseUrl = server.awaitHttpUrl(Duration.ofMinutes(10));
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void reportsHealthUpIncludingNeo4j() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{").contains("\"neo4j\":{").contains("\"status\":\"UP\"");
    }

    @Test
    void printsWhereBoltListens() {
        assertThat(server.stdout()).anySatisfy(line -> assertThat(line).matches(
                "\\s+Neo4j\\s+embedded Neo4j, data in .*, Bolt at bolt://127\\.0\\.0\\.1:\\d+ \\(user neo4j, password in .*/bolt-password\\)"));
    }

    @Test
    void aSecondServerOnTheSameDataFolderStopsBeforeStartingAnythingWithOneLineSayingHowToConnect() throws Exception {
        try (CatalogGraphProcess second = CatalogGraphProcess.start("serve", "--port", "0", "--data",
                data.toString())) {
            int exit = second.awaitExit(Duration.ofMinutes(5));

            assertThat(exit).isEqualTo(ExitCodes.DATA_IN_USE);
            assertThat(second.stdout()).isEmpty();
            assertThat(second.stderr()).singleElement().asString().startsWith("error: The data folder "
                    + data.toRealPath() + " is in use by process").contains("(catalog-graph serve)",
                    "Connect to that instance instead", "bolt://127.0.0.1:");
        }
    }

    @Test
    void saysWhatItIsDoingWhileItStarts() {
        assertThat(server.stderr()).anySatisfy(line -> assertThat(line).isEqualTo(
                "Starting the embedded database (Neo4j, data in " + data.toAbsolutePath().normalize() + ") ..."));
        assertThat(server.stderr()).anySatisfy(line -> assertThat(line).matches(
                "Database ready, web server listening on port \\d+ \\(\\d+\\.\\d s\\)"));
    }

    @Test
    void keepsTheAccessLogInTheDataFolderNotOnTheConsole() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/info")).build(),
                HttpResponse.BodyHandlers.discarding());

        Path accessLog = data.resolve("logs").resolve("access.log");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!(Files.exists(accessLog) && Files.readString(accessLog).contains("\"path\":\"/actuator/info\""))) {
            assertThat(System.nanoTime()).as("no access log line in " + accessLog + "; " + server.output())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(server.stderr()).noneMatch(line -> line.contains("/actuator/info"));
        assertThat(server.stdout()).noneMatch(line -> line.contains("/actuator/info"));
    }

    @Test
    void aBrowserOpeningMcpGetsAShortJsonErrorNotAStackTrace() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/mcp")).header("Accept", "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).startsWith("{").hasSizeLessThan(300)
                .contains("This is a stateless MCP endpoint").doesNotContain("Exception", "<html");
    }

    @Test
    void theRootAnswersTheCatalogBrowserNotAnErrorPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body()).contains("<html").doesNotContain("Whitelabel Error Page");
    }

    @Test
    void reportsTheSameVersionOnTheCommandLineAndOverMcp() throws Exception {
        String version;
        try (CatalogGraphProcess command = CatalogGraphProcess.start("--version")) {
            assertThat(command.awaitExit(Duration.ofMinutes(2))).isEqualTo(ExitCodes.OK);
            version = command.stdout().getFirst();
        }
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp")
                .build()).requestTimeout(Duration.ofMinutes(2)).build();
        try {
            McpSchema.InitializeResult initialized = client.initialize();

            assertThat(version).isEqualTo("catalog-graph " + initialized.serverInfo().version())
                    .matches("catalog-graph \\d+\\.\\d+\\.\\d+.*");
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void queryAttachesToTheRunningServer() throws Exception {
        try (CatalogGraphProcess query = CatalogGraphProcess.start("query", "RETURN 40 + 2 AS answer", "--data",
                data.toString())) {
            assertThat(query.awaitExit(Duration.ofMinutes(5))).as(query.output()).isEqualTo(ExitCodes.OK);
            assertThat(query.stdout()).containsExactly("{\"answer\":42}");
            assertThat(String.join("\n", query.stderr())).contains("connecting to it at bolt://127.0.0.1:");
        }
    }
}
