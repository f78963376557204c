package com.cataloggraph.app.bench;

import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestCounts;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.Timings;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three ingest phases on one database, each a real {@code catalog-graph ingest} run through the
 * application's ingester: cold into the empty database, again with nothing changed, and again after
 * 1% of the descriptors changed.
 */
final class IngestPhases {

    static final String COLD = "(a) cold ingest";
    static final String NO_CHANGE = "(b) no-change re-ingest";
    static final String CHANGED = "(c) 1% changed";
    static final String WARM_COLD = "(d) cold ingest, warm JVM";

    /** The share of descriptor files phase (c) changes. */
    static final double CHANGED_SHARE = 0.01;

    private final CatalogIngester ingester;
    private final CatalogDatabase database;
    private final Path catalog;
    private final ResourceMeter meter;

    IngestPhases(CatalogIngester ingester, CatalogDatabase database, Path catalog, ResourceMeter meter) {
        this.ingester = ingester;
        this.database = database;
        this.catalog = catalog;
        this.meter = meter;
    }

    Measurement cold() throws IOException {
        return run(COLD);
    }

    /** A cold ingest into a second empty database, the JVM's code already compiled by the phases before. */
    Measurement coldWithWarmJvm() throws IOException {
        return run(WARM_COLD);
    }

    Measurement noChange() throws IOException {
        return run(NO_CHANGE);
    }

    /** Changes 1% of the files, ingests, and puts the files back as they were. */
    Measurement changed(List<Path> descriptors) throws IOException {
        try (DescriptorEdits edits = DescriptorEdits.apply(descriptors, CHANGED_SHARE)) {
            int files = edits.files().size();
            Measurement measured = run(CHANGED + " (" + files + (files == 1 ? " file)" : " files)"));
            if (measured.written() == 0) {
                throw new IllegalStateException("the 1% change wrote nothing: the ingest did not see the "
                        + edits.files().size() + " edited files, e.g. " + edits.files().getFirst());
            }
            return measured;
        }
    }

    /** The descriptor files the ingest read, from its per-file state. */
    List<Path> descriptorFiles() {
        return database.read(tx -> tx.run(BenchCypher.SOURCE_FILES).list(row -> row.get("location").asString()))
                .stream().filter(location -> location.startsWith("file:"))
                .map(location -> Path.of(location.substring("file:".length()))).toList();
    }

    private Measurement run(String phase) throws IOException {
        // Sources are made per run, as each catalog-graph ingest does: nothing is carried over but the database.
        IngestRequest request = new IngestRequest(ingester.sourcesFor(List.of(catalog)), OrphanStrategy.KEEP, false);
        meter.reset();
        long started = System.nanoTime();
        IngestReport report = ingester.ingest(request);
        long elapsed = System.nanoTime() - started;
        ResourceMeter.PhaseMemory memory = meter.read();
        if (!report.succeeded() || !report.errors().isEmpty()) {
            throw new IllegalStateException(phase + " did not ingest cleanly, so its figures would mislead: "
                    + report.summary() + (report.errors().isEmpty() ? "" : "; first error: "
                    + report.errors().getFirst().describe()));
        }
        IngestCounts counts = report.counts();
        Timings timings = report.timings();
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("discover", timings.discoverMs());
        stages.put("process", timings.processMs());
        stages.put("write", timings.writeMs());
        stages.put("reconcile", timings.reconcileMs());
        stages.put("report", timings.totalMs() - timings.discoverMs() - timings.processMs() - timings.writeMs()
                - timings.reconcileMs());
        return new Measurement(phase, elapsed, counts.entities(), counts.entitiesWritten(), counts.relations(),
                counts.files(), memory, stages);
    }
}
