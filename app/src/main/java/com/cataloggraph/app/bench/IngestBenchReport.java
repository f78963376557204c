package com.cataloggraph.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code bench ingest} measured.
 *
 * @param fixture            what was ingested
 * @param machine            where, and how busy it was at the start
 * @param databaseStartNanos how long the embedded database and the application took to start (not in any phase)
 * @param phases             (a) cold, (b) no change, (c) 1% changed
 * @param warmCold           (d) cold again, into another empty database, after everything else (warm JIT, as the
 *                           floor has)
 * @param parseFloor         SnakeYAML alone over the same files
 * @param writeFloor         plain UNWIND/CREATE of the same nodes and relationships into an empty database
 * @param schemaFloor        the same into an empty database with the catalog's constraints and indexes
 * @param loadAtEnd          the load average when the run ended
 */
record IngestBenchReport(String fixture, Machine machine, long databaseStartNanos, List<Measurement> phases,
                         Measurement warmCold, Measurement parseFloor, Measurement writeFloor, Measurement schemaFloor, String loadAtEnd) {

    Measurement cold() {
        return phases.getFirst();
    }

    long floorNanos() {
        return parseFloor.wallNanos() + writeFloor.wallNanos();
    }

    /** The cold ingest's time over the floor's: 1 would be as fast as parsing and writing can be. */
    double coldToFloor() {
        return cold().wallNanos() / (double) floorNanos();
    }

    long schemaFloorNanos() {
        return parseFloor.wallNanos() + schemaFloor.wallNanos();
    }

    /** The same against the floor that keeps the catalog's indexes too: what the ingest's own logic costs. */
    double coldToSchemaFloor() {
        return cold().wallNanos() / (double) schemaFloorNanos();
    }

    /** Like with like: the floor also runs on a warm JVM. */
    double warmColdToFloor() {
        return warmCold.wallNanos() / (double) floorNanos();
    }

    double warmColdToSchemaFloor() {
        return warmCold.wallNanos() / (double) schemaFloorNanos();
    }

    /** The table people read. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Ingest benchmark: " + fixture);
        lines.add("Machine: " + machine.describe());
        lines.add("Database start: " + Units.seconds(databaseStartNanos) + " s (not counted in any phase)");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-30s %8s %9s %11s %9s %10s %7s %11s %11s %11s", "phase", "wall s",
                "entities", "entities/s", "written", "relations", "files", "peak heap", "peak RSS", "RSS"));
        phases.forEach(phase -> lines.add(row(phase)));
        lines.add(row(warmCold));
        lines.add(row(parseFloor));
        lines.add(row(writeFloor));
        lines.add(row(schemaFloor));
        lines.add(String.format(Locale.ROOT, "%-30s %8s   (parse + UNWIND/CREATE)", "floor: total",
                Units.seconds(floorNanos())));
        lines.add(String.format(Locale.ROOT, "%-30s %7.2fx", "cold ingest / floor", coldToFloor()));
        lines.add(String.format(Locale.ROOT, "%-30s %7.2fx  (floor with the catalog's schema: %s s)",
                "cold ingest / schema floor", coldToSchemaFloor(), Units.seconds(schemaFloorNanos())));
        lines.add(String.format(Locale.ROOT, "%-30s %7.2fx  (both on a warm JVM; schema floor: %.2fx)",
                "(d) warm-JVM cold / floor", warmColdToFloor(), warmColdToSchemaFloor()));
        lines.add("");
        java.util.stream.Stream.concat(phases.stream(), java.util.stream.Stream.of(warmCold)).forEach(phase -> lines.add(phase.phase() + ", by the ingest's report: " + phase.stages().entrySet()
                .stream().map(stage -> stage.getKey() + " " + Units.seconds(stage.getValue() * 1_000_000) + " s")
                .collect(Collectors.joining(", "))));
        lines.add("Load average at the end: " + loadAtEnd + ". Peak heap is the sum of the heap pools' peaks during the "
                + "phase; peak RSS is the phase's own" + (cold().memory().rssPeakOfPhase() ? "" : " (here: the "
                + "process's, the kernel did not allow resetting it)") + "; RSS is at the phase's end.");
        return lines;
    }

    /** The same figures for machines: seconds, counts, bytes. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "ingest");
        json.put("fixture", fixture);
        json.put("machine", machine);
        json.put("databaseStartSeconds", databaseStartNanos / 1e9);
        json.put("phases", phases.stream().map(IngestBenchReport::json).toList());
        Map<String, Object> floor = new LinkedHashMap<>();
        floor.put("parse", json(parseFloor));
        floor.put("write", json(writeFloor));
        floor.put("totalSeconds", floorNanos() / 1e9);
        floor.put("writeWithSchema", json(schemaFloor));
        floor.put("totalWithSchemaSeconds", schemaFloorNanos() / 1e9);
        json.put("floor", floor);
        json.put("coldToFloorRatio", coldToFloor());
        json.put("coldToSchemaFloorRatio", coldToSchemaFloor());
        json.put("warmJvmCold", json(warmCold));
        json.put("warmJvmColdToFloorRatio", warmColdToFloor());
        json.put("warmJvmColdToSchemaFloorRatio", warmColdToSchemaFloor());
        json.put("loadAverageAtEnd", loadAtEnd);
        return json;
    }

    private static String row(Measurement m) {
        return String.format(Locale.ROOT, "%-30s %8s %9s %11s %9s %10s %7s %11s %11s %11s", m.phase(),
                Units.seconds(m.wallNanos()), Units.count(m.entities()), Units.rate(m.entitiesPerSecond()),
                Units.count(m.written()), Units.count(m.relations()), Units.count(m.files()),
                Units.mebibytes(m.memory().peakHeapBytes()), Units.mebibytes(m.memory().peakRssBytes()),
                Units.mebibytes(m.memory().rssBytes()));
    }

    private static Map<String, Object> json(Measurement m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("phase", m.phase());
        json.put("seconds", m.seconds());
        json.put("entities", m.entities());
        json.put("entitiesPerSecond", m.entitiesPerSecond());
        json.put("written", m.written());
        json.put("relations", m.relations());
        json.put("files", m.files());
        json.put("peakHeapBytes", m.memory().peakHeapBytes());
        json.put("peakRssBytes", m.memory().peakRssBytes());
        json.put("rssBytes", m.memory().rssBytes());
        if (!m.stages().isEmpty()) {
            json.put("stagesMs", m.stages());
        }
        return json;
    }
}
