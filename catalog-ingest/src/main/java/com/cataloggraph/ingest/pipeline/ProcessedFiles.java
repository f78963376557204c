package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.state.SourceFileState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The discover and process stages of a run: the sources' files, then wave after wave of the files
 * their Locations name, each wave processed in parallel and consumed in order so results do not
 * depend on thread timing. Every file is processed once, however many Locations name it.
 */
final class ProcessedFiles {

    final List<FileOutcome> outcomes = new ArrayList<>();
    final Map<String, String> sourceIds = new HashMap<>();
    final List<String> availableSources = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();
    /** Problems following Location targets, by the Location file's location; also in {@link #problems}. */
    final Map<String, List<IngestProblem>> followProblems = new HashMap<>();
    private final LocationGraph locations = new LocationGraph();
    private final List<DescriptorFile> discovered = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Set<String>> unreadableRepositories = new HashMap<>();
    private final Map<String, DescriptorSource> sourcesById = new HashMap<>();
    /** Read by the processing threads while the next wave is gathered. */
    private final Map<String, String> via = new ConcurrentHashMap<>();

    /** Lists every source's files; an unreadable source is reported and left out of reconciliation. */
    void discover(List<DescriptorSource> sources) {
        for (DescriptorSource source : sources) {
            sourcesById.put(source.id(), source);
            try {
                for (DescriptorFile file : source.discover()) {
                    if (seen.add(file.location())) {
                        discovered.add(file);
                        sourceIds.put(file.location(), source.id());
                    }
                }
                availableSources.add(source.id());
                source.unreadableRepositories().forEach((repository, reason) -> {
                    unreadableRepositories.computeIfAbsent(source.id(), id -> new HashSet<>()).add(repository);
                    problems.add(IngestProblem.warning(Rule.SOURCE_UNAVAILABLE, null, null, null, null, repository,
                            "repository " + repository + " could not be read (" + reason + "); the entities it "
                                    + "defined before are left as they were"));
                });
            } catch (DescriptorSource.SourceUnavailableException e) {
                problems.add(IngestProblem.error(Rule.SOURCE_UNAVAILABLE, null, null, null, null, source.id(),
                        source.description() + " could not be read (" + e.getMessage() + "); the entities it defined "
                                + "before are left as they were"));
            }
        }
    }

    /**
     * True for a stored file of a repository its source could not read this run, or does not cover this run (a
     * partial sync): it stays as it was.
     */
    boolean unreadable(SourceFileState state) {
        DescriptorSource source = sourcesById.get(state.source());
        return unreadableRepositories.getOrDefault(state.source(), Set.of()).contains(state.repository())
                || source != null && state.repository() != null && !source.covers(state.repository());
    }

    /** Processes the discovered files and everything their Locations lead to. */
    void process(ExecutorService pool, Function<DescriptorFile, FileOutcome> processor,
                 Map<String, SourceFileState> stored, IngestProgress progress) throws InterruptedException {
        List<DescriptorFile> wave = List.copyOf(discovered);
        while (!wave.isEmpty()) {
            List<Future<FileOutcome>> futures = new ArrayList<>(wave.size());
            for (DescriptorFile file : wave) {
                futures.add(pool.submit(() -> processor.apply(file)));
            }
            List<DescriptorFile> next = new ArrayList<>();
            for (int i = 0; i < wave.size(); i++) {
                FileOutcome outcome = result(wave.get(i), futures.get(i));
                outcomes.add(outcome);
                progress.fileDone(outcome.file().path(), entities(outcome),
                        (int) outcome.problems().stream().filter(IngestProblem::isError).count());
                for (DescriptorFile target : locations.follow(outcome.file(),
                        targets(outcome, stored.get(outcome.file().location())))) {
                    if (seen.add(target.location())) {
                        next.add(target);
                        sourceIds.put(target.location(), sourceIds.get(outcome.file().location()));
                        String namedAt = locations.namedAt(target.location());
                        if (namedAt != null) {
                            via.put(target.location(), namedAt);
                        }
                    }
                }
            }
            progress.filesFound(next.size());
            wave = next;
        }
        // In the order the Locations were followed: the report must not depend on where the files live (hash order).
        Map<String, List<IngestProblem>> found = locations.problems();
        followProblems.putAll(found);
        found.values().forEach(problems::addAll);
    }

    /**
     * The Location target a file was read for ({@code org/all.yaml:12}: the Location file and the target's line),
     * or null for a file a source found itself.
     */
    String via(String location) {
        return via.get(location);
    }

    /** How many files the sources found themselves (Location targets come on top while processing). */
    int discovered() {
        return discovered.size();
    }

    /** Every location seen this run. */
    Set<String> locations() {
        return seen;
    }

    private static FileOutcome result(DescriptorFile file, Future<FileOutcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // A bug must cost one file, not the run; the file keeps its earlier entities.
            Throwable cause = e.getCause();
            return new FileOutcome.Failed(file, null, null, null, List.of(IngestProblem.error(Rule.INTERNAL_ERROR,
                    file.path(), null, null, null, null, "internal error while processing the file: " + cause)));
        }
    }

    /**
     * The targets to follow (and remember): this run's, plus the earlier ones of a file that failed in whole
     * or part, since its Location may be the part that failed.
     */
    static List<LocationEmitted> targets(FileOutcome outcome, SourceFileState stored) {
        List<LocationEmitted> earlier = stored == null ? List.of() : stored.targets();
        return switch (outcome) {
            case FileOutcome.Unchanged unchanged -> unchanged.stored().targets();
            case FileOutcome.Failed failed -> earlier;
            case FileOutcome.Parsed parsed -> {
                if (!parsed.hasErrors()) {
                    yield parsed.locations();
                }
                Set<LocationEmitted> all = new LinkedHashSet<>(parsed.locations());
                all.addAll(earlier);
                yield List.copyOf(all);
            }
        };
    }

    private static int entities(FileOutcome outcome) {
        return switch (outcome) {
            case FileOutcome.Unchanged unchanged -> unchanged.stored().claims().size();
            case FileOutcome.Failed failed -> 0;
            case FileOutcome.Parsed parsed -> parsed.entities().size();
        };
    }
}
