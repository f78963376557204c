package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.app.sync.SyncOutcome;
import com.cataloggraph.app.sync.SyncedSource;
import com.cataloggraph.app.sync.SyncedSources;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.sync.SyncSourceStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench freshness}: how soon a change is visible over MCP after a webhook delivery and after a file save in a
 * watched folder, and what a no-change full resync costs, on a generated catalog served by {@code serve} in this
 * process (the GitLab group is a stand-in serving the catalog's folders over GitLab's REST shapes).
 */
@Command(name = "freshness", mixinStandardHelpOptions = true,
        description = {"Measure the living catalog: (1) serve syncs a GitLab group (a local stand-in serving the "
                + "generated catalog's repositories); a no-change full resync's wall time and HTTP requests; then "
                + "--changes pushes, each announced by a webhook delivery, timed until get_owner over MCP shows the "
                + "change; (2) serve watches the catalog as a local folder; --changes file saves, timed the same way. "
                + "Prints p50/p95/max per kind."})
public final class FreshnessBenchCommand implements Callable<Integer> {

    private static final Duration FIRST_SYNC = Duration.ofMinutes(30);
    private static final Duration VISIBLE = Duration.ofMinutes(2);

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Size of the generated catalog, 1 = Cloudflare's (~16K entities, 3,896 repositories) "
                    + "(default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Seed of the generated catalog (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--changes", paramLabel = "N", defaultValue = "50",
            description = "Changes timed per kind (default: ${DEFAULT-VALUE}).")
    int changes;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (changes < 1) {
            throw new ParameterException(spec.commandLine(), "--changes must be at least 1, was " + changes);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Machine machine = Machine.current();
        try (TempFolders temp = new TempFolders()) {
            BenchFixture catalog;
            try {
                catalog = BenchFixture.prepare(null, scale, seed, temp, err);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            lines.add("catalog: " + catalog.description());
            lines.add("machine: " + machine.describe());
            webhooks(catalog.folder(), temp, err, figures, lines);
            watchedFolder(catalog.folder(), temp, err, figures, lines);
            String load = Machine.loadAverage();
            lines.add("load average at the end: " + load);
            figures.put("loadAverage", load);
            lines.forEach(out::println);
            out.flush();
            if (json != null) {
                BenchJson.write(figures, json);
            }
            return ExitCodes.OK;
        }
    }

    private void webhooks(Path catalog, TempFolders temp, PrintWriter err, Map<String, Object> figures,
                          List<String> lines) throws Exception {
        String secret = UUID.randomUUID().toString();
        try (GitLabStandIn gitlab = new GitLabStandIn("bench", catalog)) {
            Map<String, Object> properties = properties(temp.create("webhook-data"));
            properties.put("catalog.sync.sources[0].name", "bench-gitlab");
            properties.put("catalog.sync.sources[0].kind", "gitlab");
            properties.put("catalog.sync.sources[0].group", "bench");
            properties.put("catalog.sync.sources[0].api-url", gitlab.api().toString());
            properties.put("catalog.sync.webhooks.gitlab-secret", secret);
            err.println("bench: serving, first full sync of " + gitlab.folders().size() + " repositories over the "
                    + "GitLab stand-in");
            err.flush();
            try (ConfigurableApplicationContext context = CatalogRuntime.start("serve", true, properties)) {
                quiet(context);
                SyncedSources sources = context.getBean(SyncedSources.class);
                SyncSourceStatus first = awaitFirstSync(sources, "bench-gitlab");
                lines.add(String.format(Locale.ROOT, "first full sync: %,d repositories read in %.1f s, %,d requests",
                        first.repositoriesRead(), first.lastFullSyncMillis() / 1000.0, first.lastFullSyncRequests()));
                SyncedSource source = sources.all().getFirst();
                int before = gitlab.requests();
                long started = System.nanoTime();
                SyncOutcome resync = sources.fullSync(source);
                long resyncNanos = System.nanoTime() - started;
                int requests = gitlab.requests() - before;
                lines.add(String.format(Locale.ROOT, "no-change full resync: %.2f s wall, %,d HTTP requests, %d "
                        + "repositories read (%s)", resyncNanos / 1e9, requests, resync.read(),
                        resync.succeeded() ? "succeeded" : resync.error()));
                figures.put("firstSyncMillis", first.lastFullSyncMillis());
                figures.put("noChangeResyncMillis", resyncNanos / 1_000_000);
                figures.put("noChangeResyncRequests", requests);
                FreshnessProbe probe = new FreshnessProbe(base(context), owner(context));
                long[] latencies = new long[changes];
                List<String> folders = gitlab.folders();
                for (int i = 0; i < changes; i++) {
                    String folder = folders.get(i * folders.size() / changes);
                    String name = "fresh-webhook-" + i;
                    gitlab.push(folder, "catalog-info.yaml", gitlab.file(folder, "catalog-info.yaml")
                            + probe.document(name));
                    long sent = System.nanoTime();
                    probe.deliverPush(secret, "bench/" + folder);
                    latencies[i] = probe.awaitOwner(name, VISIBLE) - sent;
                }
                report("webhook delivery -> visible over MCP", latencies, "webhook", figures, lines);
            }
        }
    }

    private void watchedFolder(Path catalog, TempFolders temp, PrintWriter err, Map<String, Object> figures,
                               List<String> lines) throws Exception {
        Map<String, Object> properties = properties(temp.create("folder-data"));
        properties.put("catalog.sync.sources[0].name", "bench-folder");
        properties.put("catalog.sync.sources[0].kind", "folder");
        properties.put("catalog.sync.sources[0].path", catalog.toString());
        err.println("bench: serving, first ingest of the watched folder " + catalog);
        err.flush();
        try (ConfigurableApplicationContext context = CatalogRuntime.start("serve", true, properties)) {
            quiet(context);
            awaitFirstSync(context.getBean(SyncedSources.class), "bench-folder");
            FreshnessProbe probe = new FreshnessProbe(base(context), owner(context));
            List<Path> descriptors;
            try (var children = Files.list(catalog)) {
                descriptors = children.map(folder -> folder.resolve("catalog-info.yaml")).filter(Files::isRegularFile)
                        .sorted().toList();
            }
            long[] latencies = new long[changes];
            for (int i = 0; i < changes; i++) {
                Path descriptor = descriptors.get(i * descriptors.size() / changes);
                String name = "fresh-save-" + i;
                String before = Files.readString(descriptor);
                long saved = System.nanoTime();
                Files.writeString(descriptor, before + probe.document(name));
                latencies[i] = probe.awaitOwner(name, VISIBLE) - saved;
            }
            report("file save in a watched folder -> visible over MCP", latencies, "watch", figures, lines);
        }
    }

    private static SyncSourceStatus awaitFirstSync(SyncedSources sources, String name) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_SYNC.toNanos();
        while (System.nanoTime() < deadline) {
            for (SyncSourceStatus status : sources.ledger().status()) {
                if (status.name().equals(name) && status.lastFullSyncAt() != null) {
                    if (!"succeeded".equals(status.lastFullSyncOutcome())) {
                        throw new IllegalStateException("the first full sync of " + name + " failed: " + status.lastError());
                    }
                    return status;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the first full sync of " + name + " did not finish within " + FIRST_SYNC);
    }

    private static void report(String what, long[] nanos, String key, Map<String, Object> figures, List<String> lines) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double p50 = Latencies.percentile(sorted, 50) / 1e6;
        double p95 = Latencies.percentile(sorted, 95) / 1e6;
        double max = sorted[sorted.length - 1] / 1e6;
        lines.add(String.format(Locale.ROOT, "%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d changes", what, p50,
                p95, max, sorted.length));
        figures.put(key + "P50Millis", p50);
        figures.put(key + "P95Millis", p95);
        figures.put(key + "MaxMillis", max);
        figures.put(key + "Changes", sorted.length);
    }

    /** An existing group to own the components the changes add, so {@code get_owner} answers with it. */
    private static String owner(ConfigurableApplicationContext context) {
        return context.getBean(CatalogDatabase.class).read(tx -> tx.run(
                "MATCH (g:Group) WHERE g.missing = false RETURN g.ref AS ref ORDER BY g.ref LIMIT 1").single()
                .get("ref").asString());
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void quiet(ConfigurableApplicationContext context) {
        LoggingSystem.get(FreshnessBenchCommand.class.getClassLoader()).setLogLevel("catalog.access", LogLevel.WARN);
    }

    private static Map<String, Object> properties(Path database) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("catalog.neo4j.data", database.toString());
        properties.put("catalog.neo4j.bolt-port", 0);
        properties.put("catalog.neo4j.uri", "");
        properties.put("server.port", 0);
        properties.put("server.address", "127.0.0.1");
        return properties;
    }
}
