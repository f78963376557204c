package com.cataloggraph.ingest.state;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ingester remembers about one descriptor file between runs ({@code :SourceFile} in the
 * graph), so an unchanged file is skipped and still reported with its problems.
 *
 * @param location    the file's location ref, the key
 * @param source      the id of the source that found it, the scope of reconciliation
 * @param file        the path reports name it by
 * @param repository  the repository it belongs to
 * @param contentHash SHA-256 of the bytes last processed (good or not)
 * @param fingerprint the content hash combined with the files its placeholders read and the ingester's
 *                    version and limits: any change means the file must be processed again
 * @param stamp       the file's stamp when those bytes were read (size, times, inode: see the source tree's
 *                    {@code FileStamps}), or null: the same stamp now means the same bytes, not read again
 * @param inputs      files its placeholders read, by tree path: SHA-256 or {@code missing}
 * @param status      how the last processing went
 * @param claims      canonical refs of the entities this file defines in the graph
 * @param orphans     refs it used to define, now orphans still attributed to it
 * @param targets     its Location targets, expanded again on every run
 * @param problems    problems found when it was last processed, reported again while it is unchanged
 * @param retry       true when it lost a ref conflict: it is processed again on every run, so it takes
 *                    the ref over as soon as the winner lets go of it
 * @param relations   relations its entities declare
 */
public record SourceFileState(String location, String source, String file, String repository, String contentHash,
                              String fingerprint, String stamp, Map<String, String> inputs, FileStatus status, List<String> claims,
                              List<String> orphans, List<LocationEmitted> targets, List<IngestProblem> problems,
                              boolean retry, long relations) {

    public SourceFileState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        claims = claims == null ? List.of() : List.copyOf(claims);
        orphans = orphans == null ? List.of() : List.copyOf(orphans);
        targets = targets == null ? List.of() : List.copyOf(targets);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public SourceFileState withClaims(List<String> newClaims, List<String> newOrphans) {
        return new SourceFileState(location, source, file, repository, contentHash, fingerprint, stamp, inputs, status,
                newClaims, newOrphans, targets, problems, retry, relations);
    }

    public SourceFileState withProblems(List<IngestProblem> newProblems) {
        return new SourceFileState(location, source, file, repository, contentHash, fingerprint, stamp, inputs, status,
                claims, orphans, targets, newProblems, retry, relations);
    }

    /** The same state, its bytes vouched for by another stamp (the file was touched, not changed). */
    public SourceFileState withStamp(String newStamp) {
        return new SourceFileState(location, source, file, repository, contentHash, fingerprint, newStamp, inputs,
                status, claims, orphans, targets, problems, retry, relations);
    }

    public SourceFileState vanished(List<String> stillOrphaned) {
        return new SourceFileState(location, source, file, repository, contentHash, null, null, Map.of(),
                FileStatus.VANISHED,
                List.of(), stillOrphaned, List.of(), List.of(), false, 0);
    }
}
