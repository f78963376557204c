package com.cataloggraph.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.CatalogGraphCommand;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GenerationReport;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.model.testing.TestNeo4j;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each benchmark command run as a user runs it, at a tiny scale and for moments, so it cannot rot:
 * it completes and prints every figure. How fast anything is, is not asserted here.
 */
class BenchCommandTest {

    private static final double SCALE = 0.005;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECONDS = "\\d+\\.\\d\\d";
    private static final String COUNT = "[\\d,]+";
    private static final String MIB = "[\\d,]+ MiB";
    private static final String LATENCIES = "(\\s+" + SECONDS + "){4}\\s+" + COUNT + "\\s+0";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void benchIngestPrintsEachPhaseAndTheFloorAndLeavesAReusedFixtureAsItWas() throws IOException {
        Path fixture = temp.resolve("fixture");
        GenerationReport generated = CatalogGenerator.generate(new GeneratorSettings(42, SCALE), fixture);
        Path json = temp.resolve("figures/ingest.json");
        Path benchTemp = Files.createDirectories(temp.resolve("bench-temp"));
        System.setProperty(TempFolders.ROOT_PROPERTY, benchTemp.toString());
        int exit;
        try {
            exit = run("bench", "ingest", "--fixture", fixture.toString(), "--json", json.toString());
        } finally {
            System.clearProperty(TempFolders.ROOT_PROPERTY);
        }

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        String entities = String.format("%,d", generated.totalEntities());
        assertThat(lines.getFirst()).isEqualTo("Ingest benchmark: the catalog in " + fixture);
        assertThat(lines.get(1)).startsWith("Machine: ").contains(" cores", "GiB RAM", "max heap", "load average");
        assertThat(lines).anyMatch(line -> line.matches("Database start: " + SECONDS + " s \\(not counted in any phase\\)"));
        assertThat(lines).anyMatch(line -> line.matches(
                "phase\\s+wall s\\s+entities\\s+entities/s\\s+written\\s+relations\\s+files\\s+peak heap\\s+peak RSS\\s+RSS"));
        String memory = "\\s+" + MIB + "\\s+" + MIB + "\\s+" + MIB;
        assertThat(lines).anyMatch(line -> line.matches("\\(a\\) cold ingest\\s+" + SECONDS + "\\s+" + entities + "\\s+"
                + COUNT + "\\s+" + entities + "\\s+" + COUNT + "\\s+" + COUNT + memory));
        assertThat(lines).anyMatch(line -> line.matches("\\(b\\) no-change re-ingest\\s+" + SECONDS + "\\s+" + entities
                + "\\s+" + COUNT + "\\s+0\\s+" + COUNT + "\\s+" + COUNT + memory));
        assertThat(lines).anyMatch(line -> line.matches("\\(c\\) 1% changed \\(1 file\\)\\s+" + SECONDS + "\\s+"
                + entities + "\\s+" + COUNT + "\\s+[1-9][\\d,]*\\s+" + COUNT + "\\s+" + COUNT + memory));
        assertThat(lines).anyMatch(line -> line.matches("\\(d\\) cold ingest, warm JVM\\s+" + SECONDS + "\\s+"
                + entities + "\\s+" + COUNT + "\\s+" + entities + "\\s+" + COUNT + "\\s+" + COUNT + memory));
        assertThat(lines).anyMatch(line -> line.matches("floor: SnakeYAML parse\\s+" + SECONDS + "\\s+" + entities
                + "\\s+" + COUNT + "\\s+0\\s+0\\s+" + COUNT + memory));
        assertThat(lines).anyMatch(line -> line.matches("floor: UNWIND/CREATE\\s+" + SECONDS + "\\s+" + entities
                + "\\s+" + COUNT + "\\s+" + entities + "\\s+" + String.format("%,d", generated.relations())
                + "\\s+0" + memory));
        assertThat(lines).anyMatch(line -> line.matches("floor: UNWIND/CREATE \\+ schema\\s+" + SECONDS + "\\s+" + entities
                + "\\s+" + COUNT + "\\s+" + entities + "\\s+" + String.format("%,d", generated.relations())
                + "\\s+0" + memory));
        assertThat(lines).anyMatch(line -> line.matches("floor: total\\s+" + SECONDS + "   \\(parse \\+ UNWIND/CREATE\\)"));
        assertThat(lines).anyMatch(line -> line.matches("cold ingest / floor\\s+" + SECONDS + "x"));
        assertThat(lines).anyMatch(line -> line.matches("cold ingest / schema floor\\s+" + SECONDS
                + "x  \\(floor with the catalog's schema: " + SECONDS + " s\\)"));
        assertThat(lines).anyMatch(line -> line.matches("\\(d\\) warm-JVM cold / floor\\s+" + SECONDS
                + "x  \\(both on a warm JVM; schema floor: " + SECONDS + "x\\)"));
        for (String phase : List.of("\\(a\\) cold ingest", "\\(b\\) no-change re-ingest", "\\(c\\) 1% changed \\(1 file\\)",
                "\\(d\\) cold ingest, warm JVM")) {
            assertThat(lines).as(phase).anyMatch(line -> line.matches(phase + ", by the ingest's report: discover "
                    + SECONDS + " s, process " + SECONDS + " s, write " + SECONDS + " s, reconcile " + SECONDS
                    + " s, report " + SECONDS + " s"));
        }
        assertThat(lines.getLast()).startsWith("Load average at the end: ");

        Map<String, Object> figures = object(Files.readString(json));
        assertThat(figures.get("benchmark")).isEqualTo("ingest");
        List<Map<String, Object>> phases = objects(figures.get("phases"));
        assertThat(phases).extracting(phase -> phase.get("phase"))
                .containsExactly("(a) cold ingest", "(b) no-change re-ingest", "(c) 1% changed (1 file)");
        assertThat(phases).allSatisfy(phase -> assertThat(phase)
                .containsKeys("seconds", "entitiesPerSecond", "peakHeapBytes", "peakRssBytes", "rssBytes", "stagesMs")
                .containsEntry("entities", generated.totalEntities()));
        assertThat(objects(List.of(figures.get("floor"))).getFirst()).containsKeys("parse", "write", "totalSeconds",
                "writeWithSchema", "totalWithSchemaSeconds");
        assertThat(figures.get("coldToSchemaFloorRatio")).isInstanceOf(Double.class);
        assertThat(figures.get("coldToFloorRatio")).isInstanceOf(Double.class);
        assertThat(figures.get("warmJvmColdToFloorRatio")).isInstanceOf(Double.class);
        assertThat(objects(List.of(figures.get("warmJvmCold"))).getFirst())
                .containsEntry("phase", "(d) cold ingest, warm JVM").containsEntry("written", generated.totalEntities());

        assertThat(CatalogGenerator.digestOf(fixture)).isEqualTo(generated.digest());
        try (Stream<Path> left = Files.list(benchTemp)) {
            assertThat(left).as("the run's temporary folders are deleted").isEmpty();
        }
    }

    @Test
    void benchQueriesPrintsEveryToolAndQueryInProcessAndOverHttpAndTheBrowsersPagesOverHttp() throws IOException {
        GenerationReport generated = CatalogGenerator.generate(new GeneratorSettings(42, SCALE), temp.resolve("same"));
        Path json = temp.resolve("queries.json");

        int exit = run("bench", "queries", "--scale", String.valueOf(SCALE), "--duration", "0.1", "--warmup", "0",
                "--concurrency", "2", "--json", json.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith(String.format("Query benchmark: %,d entities and %,d relations in a "
                + "generated catalog (scale 0.005, seed 42", generated.totalEntities(), generated.relations()));
        assertThat(lines).contains("Each probe: 0.00 s warm-up, then 0.10 s measured with 2 concurrent caller(s); "
                + "latencies in ms; err = answers that were errors.");
        List<String> names = List.of("search_entities", "get_entity", "get_owner", "get_dependencies",
                "get_dependents", "find_path", "get_team", "get_user", "get_system", "get_api", "list_entities",
                "list_entities_by_owner", "get_repository_context", "query_graph", "components_page", "who_owns",
                "blast_radius");
        for (String name : names) {
            assertThat(lines).as(name).anyMatch(line -> line.matches(name + LATENCIES + LATENCIES));
        }
        List<String> pages = List.of("ui_catalog_page", "ui_search", "ui_entity_page", "ui_team_page",
                "ui_graph_depth_2", "ui_blast_radius", "ui_ingest_page");
        for (String page : pages) {
            assertThat(lines).as(page).anyMatch(line -> line.matches(page + "(\\s+-){6}" + LATENCIES));
        }
        assertThat(lines).noneMatch(line -> line.startsWith("first error of"));

        List<Map<String, Object>> results = objects(object(Files.readString(json)).get("results"));
        assertThat(results).hasSize(names.size() * 2 + pages.size());
        assertThat(results.stream().map(r -> r.get("name") + " " + r.get("transport")).collect(Collectors.toSet()))
                .containsAll(names.stream().flatMap(name -> Stream.of(name + " in-process", name + " http")).toList())
                .containsAll(pages.stream().map(page -> page + " http").toList());
        assertThat(results).allSatisfy(r -> assertThat(r)
                .containsKeys("calls", "p50Ms", "p90Ms", "p99Ms", "maxMs", "opsPerSecond").containsEntry("errors", 0));
    }

    @Test
    void benchQueriesAgainstTargetsMeasuresEachProbeOnOneServerThenOnAll() throws Exception {
        TestNeo4j neo4j = TestNeo4j.get().clean();
        Path catalog = temp.resolve("catalog");
        GenerationReport generated = CatalogGenerator.generate(new GeneratorSettings(42, SCALE), catalog);
        Map<String, Object> properties = Map.of("catalog.neo4j.uri", neo4j.boltUri().toString(),
                "catalog.neo4j.password", "", "server.port", 0, "catalog.ingest.paths[0]", catalog.toString());
        System.setProperty("catalog.neo4j.uri", neo4j.boltUri().toString());
        try (ConfigurableApplicationContext server = CatalogRuntime.start("serve", true, properties)) {
            String url = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();

            int exit = run("bench", "queries", "--targets", url + "," + url + "/", "--only", "get_owner,who_owns",
                    "--duration", "0.5", "--warmup", "0", "--concurrency", "2");

            assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
            List<String> lines = out.toString().lines().toList();
            assertThat(lines.getFirst()).isEqualTo(String.format("Scale-out benchmark: %,d entities, servers %s, %s",
                    generated.totalEntities(), url, url));
            String half = "\\s+[\\d,.]+(\\s+" + SECONDS + "){2}\\s+0";
            for (String name : List.of("get_owner", "who_owns")) {
                // The ratio is "-" when a loaded machine made no call within the short window.
                assertThat(lines).as(name).anyMatch(line -> line.matches(name + half + half + "\\s+(\\d+\\.\\d\\dx|-)"));
            }
            assertThat(lines).anyMatch(line -> line.startsWith("all probes (sum)"));
        } finally {
            System.clearProperty("catalog.neo4j.uri");
        }
    }

    @Test
    void benchQueriesRefusesATargetThatDoesNotAnswer() {
        int exit = run("bench", "queries", "--targets", "http://127.0.0.1:1");

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).startsWith("error: --targets http://127.0.0.1:1 does not answer (")
                .contains("give the base URL a `serve` printed, e.g. http://127.0.0.1:8080");
    }

    @Test
    void benchAnswersMeasuresEveryToolOnTheSampleCatalogAndComparesWithABaseline() throws IOException {
        Path json = temp.resolve("answers.json");
        assertThat(run("bench", "answers", "--json", json.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);

        int exit = run("bench", "answers", "--baseline", json.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        List<Map<String, Object>> calls = objects(object(Files.readString(json)).get("calls"));
        assertThat(calls).hasSize(40).allSatisfy(call -> assertThat(call).containsEntry("error", false));
        for (String tool : List.of("search_entities", "get_entity", "get_owner", "get_dependencies", "get_dependents",
                "find_path", "get_team", "get_user", "get_system", "get_api", "list_entities", "get_repository_context",
                "query_graph")) {
            assertThat(lines).as(tool).anyMatch(line -> line.matches("median " + tool + "\\s+\\d+  \\(was \\d+, "
                    + "\\+0\\.0%\\)"));
        }
        assertThat(lines).anyMatch(line -> line.matches("median over 40 calls \\(text \\+ structured\\)\\s+\\d+"
                + "  \\(was \\d+, \\+0\\.0%\\)"));
    }

    @Test
    void benchHistoryPrintsWhatTheSimulatedDaysRecorded() throws IOException {
        Path json = temp.resolve("history.json");

        int exit = run("bench", "history", "--scale", String.valueOf(SCALE), "--days", "2", "--json", json.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anyMatch(line -> line.matches("after the cold ingest: " + COUNT + " changes recorded, "
                + COUNT + " characters of properties"));
        assertThat(lines).anyMatch(line -> line.matches("2 days of 1\\.0% daily change \\(" + COUNT + " files a day\\): "
                + "[1-9][\\d,]* more changes, [1-9][\\d,]* more characters \\(" + COUNT + " per change, " + COUNT
                + " per day\\)"));
        Map<String, Object> figures = object(Files.readString(json));
        assertThat(figures).containsKeys("afterColdIngest", "afterDays", "databaseFolderBytesAfterDays")
                .containsEntry("days", 2);
    }

    @Test
    void benchFreshnessTimesWebhookAndFileSaveChangesAndTheNoChangeResync() throws IOException {
        Path json = temp.resolve("freshness.json");

        int exit = run("bench", "freshness", "--scale", String.valueOf(SCALE), "--changes", "2", "--json", json.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anyMatch(line -> line.matches("first full sync: " + COUNT + " repositories read in [\\d.]+ s, "
                + COUNT + " requests"));
        assertThat(lines).anyMatch(line -> line.matches("no-change full resync: [\\d.]+ s wall, " + COUNT
                + " HTTP requests, 0 repositories read \\(succeeded\\)"));
        assertThat(lines).anyMatch(line -> line.matches("webhook delivery -> visible over MCP: p50 \\d+ ms, p95 \\d+ ms, "
                + "max \\d+ ms over 2 changes"));
        assertThat(lines).anyMatch(line -> line.matches("file save in a watched folder -> visible over MCP: p50 \\d+ ms, "
                + "p95 \\d+ ms, max \\d+ ms over 2 changes"));
        assertThat(object(Files.readString(json))).containsKeys("noChangeResyncRequests", "webhookP95Millis",
                "watchP95Millis");
    }

    @Test
    @SuppressWarnings("unchecked")
    void benchAgentsMdTimesAColdAndAWarmRemoteDryRunWithRequestsPerRepository() throws IOException {
        Path json = temp.resolve("agents-md.json");

        int exit = run("bench", "agents-md", "--scale", String.valueOf(SCALE), "--concurrency", "2", "--json",
                json.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        for (String phase : List.of("cold", "warm")) {
            assertThat(lines).anyMatch(line -> line.matches(phase + " dry run: " + COUNT + " repositories in [\\d.]+ s = "
                    + "[\\d.]+ repositories/s; " + COUNT + " requests = [\\d.]+ per repository; 0 rate-limit waits; "
                    + "\\d+ failed"));
        }
        Map<String, Object> figures = object(Files.readString(json));
        assertThat(figures).containsKeys("cold", "warm", "loadAverage");
        assertThat((Map<String, Object>) figures.get("cold"))
                .containsKeys("repositories", "repositoriesPerSecond", "requestsPerRepository", "failed");
    }

    private int run(String... args) {
        return CatalogGraphCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static Map<String, Object> object(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
