package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench queries --targets URL1,URL2...}: the HTTP probes against servers already running on one
 * database, each probe measured twice with the same callers: all on the first server, then spread over
 * every server. The arguments are drawn from that database (reached as the servers reach it:
 * {@code NEO4J_URI}, or {@code --data} of the embedded database one of them holds).
 */
final class ScaleOutBench {

    private final List<String> targets;
    private final Path data;
    private final LoadRunner.Settings settings;
    private final Set<String> only;

    ScaleOutBench(List<String> targets, Path data, LoadRunner.Settings settings, Set<String> only) {
        this.targets = targets.stream().map(url -> url.replaceAll("/+$", "")).toList();
        this.data = data;
        this.settings = settings;
        this.only = only;
    }

    int run(PrintWriter out, PrintWriter err, Path json) throws Exception {
        for (String target : targets) {
            String problem = unanswered(target);
            if (problem != null) {
                err.println("error: --targets " + target + " " + problem);
                err.flush();
                return ExitCodes.FAILED;
            }
        }
        Machine machine = Machine.current();
        try (ConfigurableApplicationContext context = CatalogRuntime.start("bench", false, properties())) {
            Set<String> unknown = new java.util.LinkedHashSet<>(only);
            unknown.removeAll(QueryProbes.names(context));
            if (!unknown.isEmpty()) {
                err.println("error: --only: unknown " + String.join(", ", unknown) + "; choose from "
                        + String.join(", ", QueryProbes.names(context)));
                err.flush();
                return ExitCodes.USAGE;
            }
            CatalogSample sample = CatalogSample.read(context.getBean(CatalogDatabase.class));
            String missing = sample.missing();
            if (missing != null) {
                err.println("error: the database behind " + String.join(", ", targets) + " has " + missing
                        + "; ingest a catalog first");
                err.flush();
                return ExitCodes.FAILED;
            }
            List<ScaleOutReport.Pair> pairs = new ArrayList<>();
            List<Probe> alone = QueryProbes.http(context, sample, targets.subList(0, 1), only);
            List<Probe> spread = QueryProbes.http(context, sample, targets, only);
            for (int i = 0; i < alone.size(); i++) {
                err.println("bench: " + alone.get(i).name() + " on 1, then " + targets.size() + " instances");
                err.flush();
                pairs.add(new ScaleOutReport.Pair(LoadRunner.run(alone.get(i), settings),
                        LoadRunner.run(spread.get(i), settings)));
            }
            ScaleOutReport report = new ScaleOutReport(targets, machine, settings, sample.entities(), pairs,
                    Machine.loadAverage());
            report.lines().forEach(out::println);
            out.flush();
            if (json != null) {
                BenchJson.write(report.json(), json);
            }
            return ExitCodes.OK;
        }
    }

    /** Null when the server's health answers; else what is wrong. */
    private static String unanswered(String target) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(target + "/actuator/health"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 ? null : "answers /actuator/health with HTTP " + health.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return "does not answer (" + e.getMessage() + "); give the base URL a `serve` printed, e.g. "
                    + "http://127.0.0.1:8080";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not asked: interrupted";
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        // The page cursors are read through this JVM's GraphQL, whose data loaders a lazy context never registers.
        properties.put("spring.main.lazy-initialization", false);
        if (data != null) {
            properties.put("catalog.neo4j.data", data.toAbsolutePath().toString());
            properties.put("catalog.neo4j.when-data-in-use", "attach");
        }
        return properties;
    }
}
