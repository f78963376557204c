package com.cataloggraph.app.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.model.testing.HeadlessChromium;
import com.cataloggraph.ui.UiConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A measurement, not a test (its name keeps it out of the suite): how fast the catalog browser's pages
 * show in headless Chromium against a running server, e.g. {@code catalog-graph serve} on the scale-1
 * catalog. Each page is loaded afresh {@value #LOADS} times (after {@value #WARM_UP} unrecorded loads);
 * printed per page: first contentful paint, the moment the page had drawn its data, and its slowest
 * {@code /graphql} request (the browser's Resource Timing), median and max. docs/benchmarks.md has the
 * command and the figures.
 *
 * <p>{@code -Dcatalog.ui.timings.url=http://127.0.0.1:PORT} (required), {@code -Dcatalog.ui.timings.token=…}
 * when the server wants one.
 */
class UiPageTimings {

    static final String URL = "catalog.ui.timings.url";
    static final String TOKEN = "catalog.ui.timings.token";
    private static final int WARM_UP = 3;
    private static final int LOADS = 15;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads the timings of the page just loaded, once it has drawn. */
    private static final String TIMINGS = """
            (() => {
              const drawn = performance.getEntriesByName('catalog-graph:page-drawn')[0];
              if (!drawn) return null;
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              const api = performance.getEntriesByType('resource').filter(r => r.name.endsWith('/graphql'));
              return {paint: paint ? paint.startTime : null, drawn: drawn.startTime,
                      slowest: Math.max(0, ...api.map(r => r.duration)), requests: api.length};
            })()""";

    @Test
    @EnabledIfSystemProperty(named = URL, matches = ".+")
    void measuresEachPage() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed at " + HeadlessChromium.BINARY);
        String base = System.getProperty(URL).replaceAll("/$", "");
        String token = System.getProperty(TOKEN);
        Map<String, String> pages = pages(base, token);
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1366, 860);
            System.out.printf(Locale.ROOT, "%-14s %22s %22s %24s%n", "page (" + LOADS + " loads)", "first paint ms",
                    "data drawn ms", "slowest /graphql ms");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<double[]> samples = new ArrayList<>();
                for (int i = 0; i < WARM_UP + LOADS; i++) {
                    browser.navigate(base + UiConfiguration.CONFIG_PATH);
                    browser.evaluate(token == null ? "sessionStorage.clear()"
                            : "sessionStorage.setItem('catalog-graph.token', " + JSON.writeValueAsString(token) + ")");
                    browser.navigate(base + "/" + page.getValue());
                    JsonNode timing = browser.waitFor(TIMINGS);
                    if (i >= WARM_UP) {
                        samples.add(new double[] {timing.get("paint").asDouble(), timing.get("drawn").asDouble(),
                                timing.get("slowest").asDouble()});
                    }
                }
                System.out.printf(Locale.ROOT, "%-14s %22s %22s %24s%n", page.getKey(), summary(samples, 0),
                        summary(samples, 1), summary(samples, 2));
            }
        }
    }

    /** The pages, with refs drawn from the catalog itself (the first components, teams and depended-on entities). */
    private static Map<String, String> pages(String base, String token) throws Exception {
        JsonNode data = graphQl(base, token, """
                { components: entities(filter: {kind: "component"}, first: 1) { nodes { ref } }
                  teams: entities(filter: {kind: "group", type: "team"}, first: 1) { nodes { ref } }
                  databases: entities(filter: {kind: "resource", type: "database"}, first: 1) { nodes { ref } } }""");
        String component = data.at("/components/nodes/0/ref").asString();
        String team = data.at("/teams/nodes/0/ref").asString(component);
        String database = data.at("/databases/nodes/0/ref").asString(component);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("catalog", "#/catalog");
        pages.put("facets", "#/catalog?kind=component&lifecycle=production&sort=name");
        pages.put("search", "#/catalog?q=" + component.substring(component.indexOf('/') + 1));
        pages.put("entity", "#/entity/" + encode(component));
        pages.put("team", "#/entity/" + encode(team));
        pages.put("graph", "#/graph/" + encode(component) + "?depth=2");
        pages.put("blast-radius", "#/graph/" + encode(database) + "?depth=3&direction=DEPENDENTS&blast=1");
        pages.put("ingest", "#/ingest");
        return pages;
    }

    private static JsonNode graphQl(String base, String token, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).path("data");
    }

    private static String encode(String ref) {
        return java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String summary(List<double[]> samples, int index) {
        double[] values = samples.stream().mapToDouble(sample -> sample[index]).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f / %.0f", values[values.length / 2],
                Arrays.stream(values).max().orElse(0));
    }
}
