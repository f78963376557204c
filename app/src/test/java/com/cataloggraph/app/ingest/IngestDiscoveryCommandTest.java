package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.CatalogGraphCommand;
import com.cataloggraph.app.cli.ExitCodes;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog-graph ingest --gitlab-group}: a group discovered over a stand-in for GitLab's
 * REST API (its documented paths), ingested, and read back with {@code query}.
 */
class IngestDiscoveryCommandTest {

    private static final String DESCRIPTOR = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: orders
            spec:
              type: service
              lifecycle: production
              owner: group:acme/orders-team
              providesApis: [orders-api]
            ---
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata:
              name: orders-api
            spec:
              type: openapi
              lifecycle: production
              owner: group:acme/orders-team
              definition:
                $text: ./openapi.yaml
            """;

    private HttpServer gitlab;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startGitLab() throws IOException {
        gitlab = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gitlab.createContext("/api/v4/", this::answer);
        gitlab.start();
    }

    @AfterEach
    void stopGitLab() {
        gitlab.stop(0);
    }

    @Test
    void ingestsADiscoveredGroupReadingWhatDescriptorsPointAtFromTheHost(@TempDir Path data) {
        String api = "http://127.0.0.1:" + gitlab.getAddress().getPort() + "/api/v4";

        int exit = run("ingest", "--gitlab-group", "acme", "--gitlab-api", api, "--data", data.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("gitlab:" + api + "/groups/acme: 1 repositories listed, 0 filtered out, "
                + "0 without a descriptor, 1 read, 0 unreadable (kept as they were)");
        assertThat(requested).contains("/api/v4/projects/7/repository/files/openapi.yaml/raw");

        out.getBuffer().setLength(0);
        run("query", "MATCH (a:API {ref: 'api:default/orders-api'}) RETURN a.definition AS definition, "
                + "a.repository AS repository, a.repositoryUrl AS url", "--data", data.toString());
        assertThat(out.toString().strip()).isEqualTo("{\"definition\":\"openapi: 3.0.3\\n\",\"repository\":"
                + "\"acme/orders\",\"url\":\"https://gitlab.example.com/acme/orders\"}");
    }

    @Test
    void needsAPathOrAGroupOrAnOrganization() {
        assertThat(run("ingest")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("give a PATH to ingest, --gitlab-group GROUP or --github-org ORG");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requested.add(path);
        String body;
        int status = 200;
        if (path.equals("/api/v4/groups/acme/projects")) {
            body = "[{\"id\":7,\"path_with_namespace\":\"acme/orders\",\"default_branch\":\"main\","
                    + "\"web_url\":\"https://gitlab.example.com/acme/orders\",\"archived\":false,\"empty_repo\":false}]";
            exchange.getResponseHeaders().add("X-Next-Page", "");
            exchange.getResponseHeaders().add("X-Total-Pages", "1");
        } else if (path.equals("/api/v4/projects/7/repository/files/catalog-info.yaml/raw")) {
            body = DESCRIPTOR;
        } else if (path.equals("/api/v4/projects/7/repository/files/openapi.yaml/raw")) {
            body = "openapi: 3.0.3\n";
        } else {
            status = 404;
            body = "{\"message\":\"404 File Not Found\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int run(String... args) {
        return CatalogGraphCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }
}
