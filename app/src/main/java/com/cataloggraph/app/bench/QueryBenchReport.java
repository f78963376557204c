package com.cataloggraph.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code bench queries} measured: per tool and query, latency percentiles and throughput
 * in-process and over HTTP.
 */
record QueryBenchReport(String catalog, Machine machine, LoadRunner.Settings settings, long entities,
                        long relations, List<ProbeResult> results, String loadAtEnd) {

    private static final String HALF = "%8s %8s %8s %8s %8s %5s";

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Query benchmark: %,d entities and %,d relations in %s", entities,
                relations, catalog));
        lines.add("Machine: " + machine.describe());
        lines.add(settings.describe() + "; latencies in ms; err = answers that were errors.");
        lines.add("");
        String header = String.format(Locale.ROOT, "%-24s " + HALF + "   " + HALF, "", "in-process", "", "", "", "",
                "", "over HTTP", "", "", "", "", "");
        lines.add(header.stripTrailing());
        Set<String> tools = new LinkedHashSet<>();
        Set<String> queries = new LinkedHashSet<>();
        for (ProbeResult result : results) {
            (isGraphQl(result.name()) ? queries : tools).add(result.name());
        }
        section(lines, "MCP tool", tools);
        section(lines, "GraphQL query", queries);
        lines.add("");
        results.stream().filter(r -> r.firstError() != null).forEach(r -> lines.add("first error of " + r.name()
                + " (" + r.transport() + "): " + r.firstError()));
        lines.add("Load average at the end: " + loadAtEnd + ".");
        return lines;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "queries");
        json.put("catalog", catalog);
        json.put("entities", entities);
        json.put("relations", relations);
        json.put("machine", machine);
        json.putAll(settings.json());
        json.put("results", results.stream().map(QueryBenchReport::json).toList());
        json.put("loadAverageAtEnd", loadAtEnd);
        return json;
    }

    private void section(List<String> lines, String title, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        lines.add(String.format(Locale.ROOT, "%-24s " + HALF + "   " + HALF, title, "p50", "p90", "p99", "max",
                "ops/s", "err", "p50", "p90", "p99", "max", "ops/s", "err"));
        for (String name : names) {
            lines.add(String.format(Locale.ROOT, "%-24s %s   %s", name, half(find(name, Probe.IN_PROCESS)),
                    half(find(name, Probe.HTTP))));
        }
    }

    private Optional<ProbeResult> find(String name, String transport) {
        return results.stream().filter(r -> r.name().equals(name) && r.transport().equals(transport)).findFirst();
    }

    private static String half(Optional<ProbeResult> result) {
        return result.map(r -> String.format(Locale.ROOT, HALF, Units.millis(r.p50Nanos()), Units.millis(r.p90Nanos()),
                        Units.millis(r.p99Nanos()), Units.millis(r.maxNanos()), Units.rate(r.opsPerSecond()),
                        Units.count(r.errors())))
                .orElse(String.format(Locale.ROOT, HALF, "-", "-", "-", "-", "-", "-"));
    }

    private static boolean isGraphQl(String name) {
        return name.equals(GraphQlOperation.COMPONENTS_PAGE) || name.equals(GraphQlOperation.WHO_OWNS)
                || name.equals(GraphQlOperation.BLAST_RADIUS) || UiPageOperations.isUiPage(name);
    }

    private static Map<String, Object> json(ProbeResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.name());
        json.put("kind", isGraphQl(r.name()) ? "graphql" : "mcp");
        json.put("transport", r.transport());
        json.put("calls", r.calls());
        json.put("errors", r.errors());
        json.put("firstError", r.firstError());
        json.put("p50Ms", r.p50Nanos() / 1e6);
        json.put("p90Ms", r.p90Nanos() / 1e6);
        json.put("p99Ms", r.p99Nanos() / 1e6);
        json.put("maxMs", r.maxNanos() / 1e6);
        json.put("opsPerSecond", r.opsPerSecond());
        return json;
    }
}
