package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.source.DescriptorSource;
import java.util.List;
import java.util.Objects;

/**
 * One run's input: what to read and how to treat what disappeared.
 *
 * @param sources the sources, read in order (earlier ones win conflicts between new entities)
 * @param orphans what happens to entities whose descriptor disappeared
 * @param force   true to orphan or delete even beyond the removal guard's share
 */
public record IngestRequest(List<DescriptorSource> sources, OrphanStrategy orphans, boolean force) {

    public IngestRequest {
        sources = List.copyOf(sources);
        Objects.requireNonNull(orphans, "orphans");
    }

    public static IngestRequest of(DescriptorSource... sources) {
        return new IngestRequest(List.of(sources), OrphanStrategy.KEEP, false);
    }

    public IngestRequest withOrphans(OrphanStrategy strategy) {
        return new IngestRequest(sources, strategy, force);
    }

    public IngestRequest forced() {
        return new IngestRequest(sources, orphans, true);
    }
}
