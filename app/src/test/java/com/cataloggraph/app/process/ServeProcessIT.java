package com.cataloggraph.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.ExitCodes;
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
        baseUrl = server.awaitHttpUrl(Duration.ofSeconds(120));
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
    void aSecondServerOnTheSameDataFolderFailsFastSayingHowToConnect() throws Exception {
        try (CatalogGraphProcess second = CatalogGraphProcess.start("serve", "--port", "0", "--data",
                data.toString())) {
            int exit = second.awaitExit(Duration.ofSeconds(60));

            assertThat(exit).isEqualTo(ExitCodes.DATA_IN_USE);
            assertThat(String.join("\n", second.stderr())).contains("error: The data folder " + data.toRealPath()
                    + " is in use by process", "(catalog-graph serve)", "Connect to that instance instead",
                    "bolt://127.0.0.1:");
        }
    }

    @Test
    void queryAttachesToTheRunningServer() throws Exception {
        try (CatalogGraphProcess query = CatalogGraphProcess.start("query", "RETURN 40 + 2 AS answer", "--data",
                data.toString())) {
            assertThat(query.awaitExit(Duration.ofSeconds(60))).as(query.output()).isEqualTo(ExitCodes.OK);
            assertThat(query.stdout()).containsExactly("{\"answer\":42}");
            assertThat(String.join("\n", query.stderr())).contains("connecting to it at bolt://127.0.0.1:");
        }
    }
}
