package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.config.HistoryProperties;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.RemovalGuard;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.state.FileStatus;
import com.cataloggraph.ingest.state.IngestStateStore;
import com.cataloggraph.ingest.state.SourceFileState;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.store.ChangeLog;
import com.cataloggraph.model.store.ChangeStamp;
import com.cataloggraph.model.vocabulary.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One ingest run, stage by stage: prune history past its retention, discover and process files,
 * decide who defines each ref, write what changed (recording it in the history), reconcile what
 * disappeared, save file states, record the run.
 */
final class IngestRun {

    /** Written first so relations find their targets in place: owners and containers before what points at them. */
    private static final List<Kind> WRITE_ORDER = List.of(Kind.GROUP, Kind.USER, Kind.DOMAIN, Kind.SYSTEM,
            Kind.RESOURCE, Kind.API, Kind.COMPONENT, Kind.TEMPLATE, Kind.LOCATION);

    private final CatalogGraph graph;
    private final IngestStateStore store;
    private final IngestProperties properties;
    private final FileProcessor processor;
    private final IngestRequest request;
    private final IngestProgress progress;
    private final String id;
    private final HistoryProperties history;
    private final RunTimer timer = new RunTimer();

    IngestRun(CatalogGraph graph, IngestStateStore store, IngestProperties properties, FileProcessor processor,
              IngestRequest request, IngestProgress progress, String id, HistoryProperties history) {
        this.graph = graph;
        this.store = store;
        this.properties = properties;
        this.processor = processor;
        this.request = request;
        this.progress = progress;
        this.id = id;
        this.history = history;
    }

    IngestReport run(ExecutorService pool) throws InterruptedException {
        Instant started = Instant.now();
        List<String> sources = request.sources().stream().map(DescriptorSource::description).toList();
        graph.runs().start(id, started, String.join(", ", sources));
        try {
            IngestReport report = stages(pool, id, started, sources);
            graph.runs().finish(id, Instant.now(), report.status(), RunReports.counts(report), report.summary());
            progress.finished(report);
            return report;
        } catch (RuntimeException | InterruptedException e) {
            graph.runs().finish(id, Instant.now(), IngestReport.FAILED, Map.of(), null);
            throw e;
        }
    }

    private IngestReport stages(ExecutorService pool, String id, Instant started, List<String> sources)
            throws InterruptedException {
        ChangeStamp stamp = new ChangeStamp(id, started);
        progress.phase("discovering");
        ProcessedFiles files = new ProcessedFiles();
        Map<String, SourceFileState> stored = whileDiscovering(pool, files, started.minus(history.retention()));
        timer.lap("discover");

        progress.filesFound(files.discovered());
        progress.phase("processing");
        files.process(pool, file -> processor.process(file, stored.get(file.location()), files.via(file.location())),
                stored, progress);
        timer.lap("process");

        Claims claims = ClaimResolver.resolve(files.outcomes, stored, store.owners(emittedRefs(files.outcomes)),
                location -> liveOutsideRun(location, stored, files));
        Map<String, Set<String>> refsByFile = claims.refsByFile();
        Map<String, SourceFileState> removable = new HashMap<>(stored);
        removable.values().removeIf(files::unreadable);
        RemovalPlan removals = RemovalPlan.of(removable, claims, store::owners, store::liveEntities, request.orphans(),
                request.force(), properties.maxRemovalShare());

        progress.phase("writing");
        List<CatalogEntity> written = write(files.outcomes, stored, claims, refsByFile, stamp);
        timer.lap("write");

        progress.phase("reconciling");
        graph.writer().markOrphans(removals.orphan().stream().map(EntityRef::parse).toList(), stamp);
        graph.writer().delete(removals.delete().stream().map(EntityRef::parse).toList(), stamp);
        long failedFiles = saveStates(files, stored, claims, refsByFile, removals);
        store.keepSnapshot();
        timer.lap("reconcile");

        List<IngestProblem> problems = new ArrayList<>(files.problems);
        for (FileOutcome outcome : files.outcomes) {
            problems.addAll(outcome.problems());
            claims.conflictsByFile().getOrDefault(outcome.file().location(), List.of())
                    .forEach(conflict -> problems.add(NextStates.problem(conflict)));
        }
        if (removals.guard() != null && removals.guard().refused()) {
            problems.add(guardProblem(removals.guard()));
        }
        boolean failed = files.availableSources.size() < request.sources().size()
                || removals.guard() != null && removals.guard().refused();
        return RunReports.report(id, failed ? IngestReport.FAILED : IngestReport.SUCCEEDED, started, sources,
                files.outcomes, failedFiles, claims, written.size(), graph.status().relationCount(), problems, removals,
                kindsOf(claims.owners().keySet()), store.dangling(RunReports.DANGLING_LIMIT), timer.timings());
    }

    /**
     * The run's entities (its claimed refs, which the report counts as its entities) per kind, as the graph spells
     * the kind, in kind order. A built-in kind's spelling follows from the ref; only refs of other kinds, spelled as their
     * descriptors wrote them, are read from the graph (seeking every ref took 2.5 s of a 255K-entity run).
     */
    private Map<String, Long> kindsOf(Set<String> refs) {
        Map<String, Long> kinds = new TreeMap<>();
        List<String> otherKinds = new ArrayList<>();
        for (String ref : refs) {
            int colon = ref.indexOf(':');
            Kind.of(colon > 0 ? ref.substring(0, colon) : EntityRef.parse(ref).kind()).ifPresentOrElse(
                    kind -> kinds.merge(kind.displayName(), 1L, Long::sum), () -> otherKinds.add(ref));
        }
        store.kinds(otherKinds).forEach((kind, total) -> kinds.merge(kind, total, Long::sum));
        return kinds;
    }

    /**
     * Lists the sources' files while the stored states are read and the history is pruned past its retention on
     * other threads (walking a folder of tens of thousands of repositories waits on the file system, the other two
     * on the database; none needs another); returns the states of the sources that could be read.
     */
    private Map<String, SourceFileState> whileDiscovering(ExecutorService pool, ProcessedFiles files,
                                                          Instant pruneBefore) throws InterruptedException {
        List<String> sourceIds = request.sources().stream().map(DescriptorSource::id).distinct().toList();
        Future<Map<String, SourceFileState>> loading = pool.submit(() -> store.load(sourceIds));
        Future<Long> pruning = pool.submit(() -> new ChangeLog(graph.database()).prune(pruneBefore));
        try {
            files.discover(request.sources());
            pruning.get();
            Map<String, SourceFileState> stored = loading.get();
            stored.values().removeIf(state -> !files.availableSources.contains(state.source()));
            return stored;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            loading.cancel(true);
            pruning.cancel(true);
        }
    }

    /** Writes the entities of the files that changed, in one batched pass; returns them. */
    private List<CatalogEntity> write(List<FileOutcome> outcomes, Map<String, SourceFileState> stored, Claims claims,
                                      Map<String, Set<String>> refsByFile, ChangeStamp stamp) {
        List<CatalogEntity> entities = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (!(outcome instanceof FileOutcome.Parsed parsed)) {
                continue;
            }
            String location = parsed.file().location();
            SourceFileState before = stored.get(location);
            boolean same = before != null && before.status() != FileStatus.VANISHED
                    && Objects.equals(before.fingerprint(), parsed.fingerprint())
                    && Set.copyOf(before.claims()).equals(refsByFile.getOrDefault(location, Set.of()));
            if (same) {
                continue;
            }
            claims.won().getOrDefault(location, List.of()).forEach(entity -> entities.add(entity.entity()));
            relations.addAll(claims.relationsOf(parsed));
        }
        entities.sort(Comparator.comparingInt(IngestRun::writeRank));
        graph.writer().writeAll(entities, relations, stamp);
        return entities;
    }

    /** Saves the states that changed; returns how many of the run's files have errors after it. */
    private long saveStates(ProcessedFiles files, Map<String, SourceFileState> stored, Claims claims,
                            Map<String, Set<String>> refsByFile, RemovalPlan removals) {
        NextStates next = new NextStates(stored, claims, refsByFile, removals, files.sourceIds, files.followProblems);
        List<SourceFileState> save = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        long failed = 0;
        for (FileOutcome outcome : files.outcomes) {
            SourceFileState after = next.after(outcome);
            if (after != null && !after.equals(stored.get(after.location()))) {
                save.add(after);
            }
            SourceFileState kept = after != null ? after : stored.get(outcome.file().location());
            if (kept != null && kept.problems().stream().anyMatch(IngestProblem::isError)) {
                failed++;
            }
        }
        for (SourceFileState before : stored.values()) {
            if (files.locations().contains(before.location()) || files.unreadable(before)) {
                continue;
            }
            SourceFileState after = next.vanished(before);
            if (after == null) {
                delete.add(before.location());
            } else if (!after.equals(before)) {
                save.add(after);
            }
        }
        store.save(save);
        store.delete(delete);
        return failed;
    }

    private static Set<String> emittedRefs(List<FileOutcome> outcomes) {
        Set<String> refs = new HashSet<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Parsed parsed) {
                parsed.entities().forEach(entity -> refs.add(entity.key()));
            }
        }
        return refs;
    }

    /**
     * Whether the file that defines an entity, outside this run, still does: a file of this run's sources
     * that was not seen is gone, unless its repository was not read or not covered this run (it stays as it
     * was); a local file that no longer exists is gone; anything else is assumed live.
     */
    private static boolean liveOutsideRun(String location, Map<String, SourceFileState> stored, ProcessedFiles files) {
        if (location == null) {
            return false;
        }
        if (stored.containsKey(location)) {
            return files.unreadable(stored.get(location));
        }
        return !location.startsWith("file:") || Files.exists(Path.of(location.substring("file:".length())));
    }

    private static int writeRank(CatalogEntity entity) {
        int rank = Kind.of(entity.ref().kind()).map(WRITE_ORDER::indexOf).orElse(-1);
        return rank < 0 ? WRITE_ORDER.size() : rank;
    }

    private IngestProblem guardProblem(RemovalGuard guard) {
        return IngestProblem.error(Rule.REMOVAL_GUARD, null, null, null, null, null, String.format(java.util.Locale.ROOT,
                "refused to %s %d of %d entities (%.0f%%), above the limit of %.0f%% "
                        + "(catalog.ingest.max-removal-share); if they really are gone, run again with --force",
                request.orphans() == OrphanStrategy.DELETE ? "delete" : "orphan", guard.removals(), guard.live(),
                guard.share() * 100, guard.maxShare() * 100));
    }
}
