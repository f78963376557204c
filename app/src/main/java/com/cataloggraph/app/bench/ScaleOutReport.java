package com.cataloggraph.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code bench queries --targets} measured: per tool and query, throughput and latency with every
 * caller on one server, then with the same callers spread over all of them.
 */
record ScaleOutReport(List<String> targets, Machine machine, LoadRunner.Settings settings, long entities,
                      List<Pair> pairs, String loadAtEnd) {

    /** One probe on the first server alone, then on all of them. */
    record Pair(ProbeResult alone, ProbeResult spread) {
    }

    private static final String HALF = "%8s %8s %8s %5s";

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Scale-out benchmark: %,d entities, servers %s", entities,
                String.join(", ", targets)));
        lines.add("Machine (this client's): " + machine.describe());
        lines.add(settings.describe() + ", first all on " + targets.getFirst() + ", then spread over "
                + targets.size() + " servers; latencies in ms.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-24s " + HALF + "   " + HALF + "   %6s", "", "1 server", "", "", "",
                targets.size() + " servers", "", "", "", "").stripTrailing());
        lines.add(String.format(Locale.ROOT, "%-24s " + HALF + "   " + HALF + "   %6s", "tool or query", "ops/s",
                "p50", "p99", "err", "ops/s", "p50", "p99", "err", "ratio"));
        double aloneTotal = 0;
        double spreadTotal = 0;
        for (Pair pair : pairs) {
            aloneTotal += pair.alone().opsPerSecond();
            spreadTotal += pair.spread().opsPerSecond();
            lines.add(String.format(Locale.ROOT, "%-24s %s   %s   %6s", pair.alone().name(), half(pair.alone()),
                    half(pair.spread()), ratio(pair.alone().opsPerSecond(), pair.spread().opsPerSecond())));
        }
        lines.add(String.format(Locale.ROOT, "%-24s %8s %26s %8s %26s %6s", "all probes (sum)", Units.rate(aloneTotal),
                "", Units.rate(spreadTotal), "", ratio(aloneTotal, spreadTotal)).stripTrailing());
        lines.add("");
        for (Pair pair : pairs) {
            for (ProbeResult result : List.of(pair.alone(), pair.spread())) {
                if (result.firstError() != null) {
                    lines.add("first error of " + result.name() + ": " + result.firstError());
                }
            }
        }
        lines.add("Load average at the end: " + loadAtEnd + ".");
        return lines;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "queries-scale-out");
        json.put("targets", targets);
        json.put("entities", entities);
        json.put("machine", machine);
        json.putAll(settings.json());
        json.put("results", pairs.stream().map(pair -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", pair.alone().name());
            row.put("oneServerOpsPerSecond", pair.alone().opsPerSecond());
            row.put("allServersOpsPerSecond", pair.spread().opsPerSecond());
            row.put("oneServerP50Ms", pair.alone().p50Nanos() / 1e6);
            row.put("allServersP50Ms", pair.spread().p50Nanos() / 1e6);
            row.put("oneServerP99Ms", pair.alone().p99Nanos() / 1e6);
            row.put("allServersP99Ms", pair.spread().p99Nanos() / 1e6);
            row.put("errors", pair.alone().errors() + pair.spread().errors());
            return row;
        }).toList());
        json.put("loadAverageAtEnd", loadAtEnd);
        return json;
    }

    private static String half(ProbeResult r) {
        return String.format(Locale.ROOT, HALF, Units.rate(r.opsPerSecond()), Units.millis(r.p50Nanos()),
                Units.millis(r.p99Nanos()), Units.count(r.errors()));
    }

    private static String ratio(double alone, double spread) {
        return alone == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", spread / alone);
    }
}
