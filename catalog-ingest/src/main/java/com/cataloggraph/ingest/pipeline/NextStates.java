package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.Conflict;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.state.FileStatus;
import com.cataloggraph.ingest.state.SourceFileState;
import com.cataloggraph.model.store.IndexLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state each file leaves behind for the next run, and which states changed: only those are
 * written, so a run over unchanged files writes nothing.
 */
final class NextStates {

    private final Map<String, SourceFileState> stored;
    private final Claims claims;
    private final Map<String, Set<String>> refsByFile;
    private final RemovalPlan removals;
    private final Map<String, String> sourceIds;
    private final Map<String, List<IngestProblem>> followProblems;

    /**
     * @param stored    earlier states in scope, by location
     * @param refsByFile the refs each file defines after the run ({@link Claims#refsByFile})
     * @param sourceIds the source each file of the run came through, by location
     * @param followProblems problems following each Location file's targets, by location: kept with the file, so
     *                  "which descriptors are broken?" finds a Location whose target is missing
     */
    NextStates(Map<String, SourceFileState> stored, Claims claims, Map<String, Set<String>> refsByFile,
               RemovalPlan removals, Map<String, String> sourceIds, Map<String, List<IngestProblem>> followProblems) {
        this.followProblems = followProblems;
        this.stored = stored;
        this.claims = claims;
        this.refsByFile = refsByFile;
        this.removals = removals;
        this.sourceIds = sourceIds;
    }

    /** The state to save for a processed file, or null when it must stay as it was. */
    SourceFileState after(FileOutcome outcome) {
        String location = outcome.file().location();
        if (removals.blocked().contains(location)
                || IndexLimits.utf8Bytes(location) > IndexLimits.RANGE_INDEX_BYTES) {
            return null; // a location the state's index cannot hold: the file is reported, never remembered
        }
        SourceFileState before = stored.get(location);
        List<String> refs = List.copyOf(refsByFile.getOrDefault(location, Set.of()));
        List<String> orphans = removals.orphansByFile().getOrDefault(location, List.of());
        List<IngestProblem> following = followProblems.getOrDefault(location, List.of());
        return switch (outcome) {
            case FileOutcome.Unchanged unchanged -> unchanged.stored().withClaims(refs, orphans)
                    .withProblems(concat(unchanged.problems(), following));
            case FileOutcome.Failed failed -> state(outcome.file(), failed.contentHash(), failed.fingerprint(),
                    failed.stamp(), Map.of(),
                    FileStatus.FAILED, refs, orphans, ProcessedFiles.targets(outcome, before),
                    concat(failed.problems(), following), false, before == null ? 0 : before.relations());
            case FileOutcome.Parsed parsed -> {
                List<Conflict> lost = claims.conflictsByFile().getOrDefault(location, List.of());
                List<IngestProblem> problems = new ArrayList<>(parsed.problems());
                lost.forEach(conflict -> problems.add(problem(conflict)));
                problems.addAll(following);
                yield state(outcome.file(), parsed.contentHash(), parsed.fingerprint(), parsed.stamp(), parsed.inputs(),
                        parsed.hasErrors() ? FileStatus.PARTIAL : FileStatus.OK, refs, orphans,
                        ProcessedFiles.targets(outcome, before), problems, !lost.isEmpty(),
                        claims.relationsOf(parsed).size());
            }
        };
    }

    /** The state of a file of the run's sources that was not seen this run: gone, or null to delete it. */
    SourceFileState vanished(SourceFileState before) {
        if (removals.blocked().contains(before.location())) {
            return before;
        }
        List<String> orphans = removals.orphansByFile().getOrDefault(before.location(), List.of());
        return orphans.isEmpty() ? null : before.vanished(orphans);
    }

    private static List<IngestProblem> concat(List<IngestProblem> own, List<IngestProblem> following) {
        if (following.isEmpty()) {
            return own;
        }
        List<IngestProblem> all = new ArrayList<>(own);
        all.addAll(following);
        return all;
    }

    /** The conflict as the losing file reports it. */
    static IngestProblem problem(Conflict conflict) {
        return IngestProblem.error(Rule.DUPLICATE_REF, conflict.file(), conflict.document(), conflict.line(),
                "metadata.name", conflict.ref(), conflict.ref() + " is already defined by " + conflict.keptBy()
                        + "; this definition is skipped (the first definition of a ref keeps it)");
    }

    private SourceFileState state(DescriptorFile file, String contentHash, String fingerprint, String stamp,
                                  Map<String, String> inputs,
                                  FileStatus status, List<String> refs, List<String> orphans,
                                  List<LocationEmitted> targets, List<IngestProblem> problems, boolean retry,
                                  long relations) {
        return new SourceFileState(file.location(), sourceIds.get(file.location()), file.path(),
                file.repository().name(), contentHash, fingerprint, stamp, inputs, status, refs, orphans, targets, problems,
                retry, relations);
    }
}
