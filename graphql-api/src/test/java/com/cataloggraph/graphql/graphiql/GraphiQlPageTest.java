package com.cataloggraph.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The GraphiQL page, its vendored assets and the example queries, over plain HTTP. */
class GraphiQlPageTest extends GraphQlApiTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(graphiql/assets/[^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void sendsTheBrowserToThePageWithTheEndpointPath() throws Exception {
        HttpResponse<String> response = get("/graphiql");

        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location")).hasValue(baseUrl() + "/graphiql?path=/graphql");
    }

    @Test
    void servesAPageThatLoadsNothingFromOtherHosts() throws Exception {
        HttpResponse<String> page = get("/graphiql?path=/graphql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).doesNotContain("http://", "https://", "//esm.sh", "//unpkg");
        assertThat(assetsOf(page.body())).containsExactly("graphiql/assets/graphiql-4.1.2.min.css",
                "graphiql/assets/react-18.3.1.production.min.js", "graphiql/assets/react-dom-18.3.1.production.min.js",
                "graphiql/assets/graphiql-4.1.2.min.js", "graphiql/assets/catalog-graphiql.js");
    }

    @Test
    void servesTheVendoredAssetsUnchangedAndCacheable() throws Exception {
        Map<String, String> checksums = vendoredChecksums();
        assertThat(checksums).containsOnlyKeys("graphiql-4.1.2.min.js", "graphiql-4.1.2.min.css",
                "react-18.3.1.production.min.js", "react-dom-18.3.1.production.min.js");
        for (var file : checksums.entrySet()) {
            HttpResponse<byte[]> asset = http.send(request("/graphiql/assets/" + file.getKey()),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(asset.statusCode()).as(file.getKey()).isEqualTo(200);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(asset.body())))
                    .as(file.getKey()).isEqualTo(file.getValue());
            assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=2592000, public");
            assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith(file.getKey().endsWith(".css") ? "text/css" : "text/javascript"));
        }
    }

    @Test
    void listsTheExampleQueriesInOrder() throws Exception {
        HttpResponse<String> response = get("/graphiql/examples");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode examples = JSON.readTree(response.body());
        assertThat(examples.valueStream().map(e -> e.get("name").stringValue() + ": " + e.get("title").stringValue()))
                .containsExactly(
                        "who-owns: Who owns payments-service, and how to reach them?",
                        "service-dependencies: What does payments-service depend on, up to three hops away, "
                                + "and which APIs does it provide?",
                        "team-services: Which services does the payments team own?",
                        "blast-radius: What breaks if ledger-db changes? Everything that depends on it, transitively.",
                        "catalog-health: How big and how healthy is the catalog, and when was it last ingested?");
        assertThat(examples.get(0).get("query").stringValue()).startsWith("# Who owns payments-service")
                .contains("query WhoOwnsPaymentsService {");
    }

    @Test
    void anUnknownAssetIsNotFound() throws Exception {
        assertThat(get("/graphiql/assets/nope.js").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).build();
    }

    private static List<String> assetsOf(String html) {
        Matcher matcher = ASSET.matcher(html);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static Map<String, String> vendoredChecksums() throws IOException {
        try (InputStream sums = GraphiQlPageTest.class.getResourceAsStream("/graphiql/assets/SHA256SUMS")) {
            Map<String, String> checksums = new LinkedHashMap<>();
            new String(sums.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split("\\s+"))
                    .forEach(parts -> checksums.put(parts[1], parts[0]));
            return checksums;
        }
    }
}
