package com.cataloggraph.app.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.process.CatalogGraphProcess;
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

/** The packaged application serves the GraphQL API and GraphiQL with graphql-api's wiring. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQlServeIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private CatalogGraphProcess server;
    private String baseUrl;

    @BeforeAll
    void startServer() throws Exception {
        Path data = Files.createTempDirectory("graphql-it");
        server = CatalogGraphProcess.start("serve", "--port", "0", "--bolt-port", "0", "--data", data.toString());
        baseUrl = server.awaitHttpUrl(Duration.ofSeconds(120));
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void answersAQueryOnTheEmptyCatalog() throws Exception {
        HttpResponse<String> response = post("{ catalogStats { entityCount danglingRefs lastIngestRun { id } } }");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(
                "{\"data\":{\"catalogStats\":{\"entityCount\":0,\"danglingRefs\":0,\"lastIngestRun\":null}}}");
    }

    @Test
    void saysWhenAnEntityIsNotInTheCatalog() throws Exception {
        HttpResponse<String> response = post("{ entity(ref: \"payments-service\") { ref } }");

        assertThat(response.body()).contains("\"message\":\"No entity matches \\\"payments-service\\\" (argument ref)\"",
                "\"classification\":\"NOT_FOUND\"", "\"data\":{\"entity\":null}");
    }

    @Test
    void appliesTheQueryLimits() throws Exception {
        HttpResponse<String> response = post("{ entities(first: 1000) { nodes { ref } } }");

        assertThat(response.body()).contains("\"classification\":\"LIMIT_EXCEEDED\"", "\"limit\":\"max-page-size\"");
    }

    @Test
    void servesGraphiqlWithItsAssetsAndExamples() throws Exception {
        assertThat(get("/graphiql").headers().firstValue("Location")).hasValue(baseUrl + "/graphiql?path=/graphql");
        assertThat(get("/graphiql?path=/graphql").body()).contains("graphiql/assets/graphiql-4.1.2.min.js");
        assertThat(get("/graphiql/assets/graphiql-4.1.2.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/graphiql/examples").body()).contains("\"name\":\"who-owns\"", "\"name\":\"catalog-health\"");
    }

    @Test
    void refusesAnIngestWhenTheServerWasStartedWithoutIngestPaths() throws Exception {
        HttpResponse<String> response = post("mutation { startIngest { ... on RunProblem { code message } } }");

        assertThat(response.body()).isEqualTo("{\"data\":{\"startIngest\":{\"code\":\"REJECTED\",\"message\":"
                + "\"This server has no ingest paths configured: start it with serve --ingest PATH (or set "
                + "catalog.ingest.paths)\"}}}");
    }

    private HttpResponse<String> post(String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
