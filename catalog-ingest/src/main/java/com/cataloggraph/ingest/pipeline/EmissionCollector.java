package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.Emission;
import com.cataloggraph.ingest.emit.EntityEmitted;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.emit.RelationEmitted;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.model.entity.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers what one file emits and turns it into its outcome once; an emission after that is a
 * bug, refused loudly rather than lost.
 */
final class EmissionCollector {

    private final List<Emission> emissions = new ArrayList<>();
    private boolean closed;

    void emit(Emission emission) {
        if (closed) {
            throw new IllegalStateException("emission after the file's outcome was taken: " + emission);
        }
        emissions.add(emission);
    }

    void emitAll(List<? extends Emission> all) {
        all.forEach(this::emit);
    }

    FileOutcome.Parsed outcome(DescriptorFile file, String contentHash, String fingerprint, String stamp,
                               Map<String, String> inputs) {
        closed = true;
        List<EntityEmitted> entities = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<LocationEmitted> locations = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        for (Emission emission : emissions) {
            switch (emission) {
                case EntityEmitted entity -> entities.add(entity);
                case RelationEmitted relation -> relations.add(relation.relation());
                case LocationEmitted location -> locations.add(location);
                case IngestProblem problem -> problems.add(problem);
            }
        }
        return new FileOutcome.Parsed(file, contentHash, fingerprint, stamp, Map.copyOf(inputs), List.copyOf(entities),
                List.copyOf(relations), List.copyOf(locations), List.copyOf(problems));
    }
}
