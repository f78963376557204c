package com.cataloggraph.graphql.status;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.model.query.CatalogStats;
import com.cataloggraph.model.query.IngestRunRecord;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code catalogStats} and {@code ingestRuns}, served from graph-model's records. */
@Controller
public class StatusController {

    /** The schema's default for {@code ingestRuns(first)}. */
    private static final int DEFAULT_RUNS = 10;

    private final CatalogReads reads;

    public StatusController(CatalogReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    public CatalogStats catalogStats() {
        return reads.status().stats();
    }

    @QueryMapping
    public List<IngestRunRecord> ingestRuns(@Argument Integer first) {
        if (first != null && first < 1) {
            throw new InvalidArgumentException("first", first, "must be at least 1");
        }
        return reads.status().runs(first == null ? DEFAULT_RUNS : first);
    }

    @SchemaMapping(typeName = "CatalogStats")
    public long entityCount(CatalogStats stats) {
        return stats.entitiesByKind().values().stream().mapToLong(Long::longValue).sum();
    }

    @SchemaMapping(typeName = "CatalogStats")
    public List<KindCount> entitiesByKind(CatalogStats stats) {
        return stats.entitiesByKind().entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList();
    }

    @SchemaMapping(typeName = "CatalogStats")
    public long relationCount(CatalogStats stats) {
        return stats.relations();
    }

    @SchemaMapping(typeName = "CatalogStats")
    public long danglingRefs(CatalogStats stats) {
        return stats.missing();
    }

    @SchemaMapping(typeName = "CatalogStats")
    public IngestRunRecord lastIngestRun(CatalogStats stats) {
        return stats.lastRun();
    }

    /** By name: the graph keeps a run's counts as properties, in no particular order. */
    @SchemaMapping(typeName = "IngestRun")
    public List<RunCount> counts(IngestRunRecord run) {
        return run.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new RunCount(e.getKey(), e.getValue())).toList();
    }
}
