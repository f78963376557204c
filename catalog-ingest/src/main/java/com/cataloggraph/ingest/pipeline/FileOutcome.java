package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.EntityEmitted;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.state.SourceFileState;
import com.cataloggraph.model.entity.Relation;
import java.util.List;
import java.util.Map;

/** What processing one descriptor file came to. */
sealed interface FileOutcome {

    DescriptorFile file();

    /** Problems to report for the file in this run. */
    List<IngestProblem> problems();

    /**
     * Same bytes, same inputs as last time: nothing to parse or write; its earlier problems still stand, except
     * those found following its Location targets, which are found afresh on every run.
     */
    record Unchanged(DescriptorFile file, SourceFileState stored) implements FileOutcome {
        @Override
        public List<IngestProblem> problems() {
            return stored.problems().stream().filter(problem -> !LocationGraph.isFollowProblem(problem)).toList();
        }
    }

    /**
     * The file could not be used at all: none of its documents is applied and its earlier entities stay.
     *
     * @param contentHash null when the file could not even be read
     * @param stamp       the file's stamp when it was read, or null
     */
    record Failed(DescriptorFile file, String contentHash, String fingerprint, String stamp, List<IngestProblem> problems)
            implements FileOutcome {
    }

    /**
     * The file was read. Entities that failed are absent from {@code entities}; when any did
     * ({@link #hasErrors()}), the file's earlier entities are kept as well. {@code stamp}: the file's stamp when it
     * was read, or null.
     */
    record Parsed(DescriptorFile file, String contentHash, String fingerprint, String stamp, Map<String, String> inputs,
                  List<EntityEmitted> entities, List<Relation> relations, List<LocationEmitted> locations,
                  List<IngestProblem> problems) implements FileOutcome {

        public boolean hasErrors() {
            return problems.stream().anyMatch(IngestProblem::isError);
        }
    }
}
