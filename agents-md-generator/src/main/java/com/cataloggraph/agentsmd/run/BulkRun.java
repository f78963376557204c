package com.cataloggraph.agentsmd.run;

import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.catalog.ReviewerReader;
import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.agentsmd.draft.DraftStatus;
import com.cataloggraph.agentsmd.draft.MergeResult;
import com.cataloggraph.agentsmd.draft.NestedDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.agentsmd.publish.ChangeRequest;
import com.cataloggraph.agentsmd.publish.FileDraft;
import com.cataloggraph.agentsmd.publish.PublishRequest;
import com.cataloggraph.agentsmd.publish.PublishResult;
import com.cataloggraph.agentsmd.publish.Publisher;
import com.cataloggraph.agentsmd.publish.Reviewer;
import com.cataloggraph.agentsmd.source.CheckoutSource;
import com.cataloggraph.agentsmd.source.RepositorySource;
import com.cataloggraph.agentsmd.source.SourceRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One invocation of a run: every repository of the source that passes the selection (and that a
 * resumed run has not settled yet) is drafted and, unless it is a dry run, published, with
 * bounded concurrency. A host repository whose commit and draft are those of its last proposal is
 * settled without asking the host again. A failure in one repository is recorded and the run goes on.
 */
final class BulkRun {

    private final RepositoryDrafter drafter;
    private final ReviewerReader reviewers;
    private final RunStore store;
    private final RunSettings settings;
    private final Clock clock;

    BulkRun(RepositoryDrafter drafter, ReviewerReader reviewers, RunStore store, RunSettings settings, Clock clock) {
        this.drafter = drafter;
        this.reviewers = reviewers;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param publisher null for a dry run
     * @param settled   outcomes a resumed run keeps, by repository
     */
    RunReport execute(RunRecord run, RepositorySource source, Selection selection, Publisher publisher,
                      Map<String, RepositoryOutcome> settled, RunProgress progress) {
        Instant started = clock.instant();
        int requestsBefore = source.requests();
        List<SourceRepository> candidates = source.repositories(selection::matchesName);
        List<SourceRepository> remaining = candidates.stream().filter(repo -> !settled.containsKey(repo.name())).toList();
        progress.started(run.id(), candidates.size(), candidates.size() - remaining.size());
        OutcomeRecorder recorder = new OutcomeRecorder(store, run.id(), clock);
        Object progressLock = new Object();
        AtomicInteger handled = new AtomicInteger();
        List<RepositoryOutcome> fresh = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(run.concurrency(), worker(run.id()));
        try {
            List<Future<Optional<RepositoryOutcome>>> futures = new ArrayList<>();
            for (SourceRepository repository : remaining) {
                futures.add(pool.submit(() -> {
                    Optional<RepositoryOutcome> outcome = handle(run, selection, publisher, repository);
                    outcome.ifPresent(recorder::record);
                    synchronized (progressLock) {
                        progress.repositoryDone(outcome.orElse(notSelected(repository)), outcome.isPresent(),
                                handled.incrementAndGet(), candidates.size());
                        progress.hostActivity(source.requests() - requestsBefore, source.rateLimitWaits());
                    }
                    return outcome;
                }));
            }
            for (Future<Optional<RepositoryOutcome>> future : futures) {
                future.get().ifPresent(fresh::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run " + run.id() + " was interrupted; resume it with --resume " + run.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + run.id() + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            recorder.flush();
        }
        Map<String, RepositoryOutcome> all = new TreeMap<>(settled);
        fresh.forEach(outcome -> all.put(outcome.repository(), outcome));
        List<RepositoryOutcome> outcomes = List.copyOf(all.values());
        Map<String, Long> counts = RunReport.countsOf(outcomes);
        String finishedAt = clock.instant().toString();
        store.update(run.id(), "finished", finishedAt, null, counts);
        double seconds = Math.max(Duration.between(started, clock.instant()).toNanos() / 1e9, 1e-9);
        RunRecord finished = new RunRecord(run.id(), "finished", run.publisher(), run.dryRun(), run.root(),
                run.selection(), run.concurrency(), run.outDir(), run.startedAt(), finishedAt, null);
        HostActivity host = source instanceof CheckoutSource ? null
                : new HostActivity(source.requests() - requestsBefore, source.rateLimitWaits());
        return new RunReport(finished, counts, round(seconds), round(fresh.size() / seconds), host, outcomes);
    }

    private Optional<RepositoryOutcome> handle(RunRecord run, Selection selection, Publisher publisher,
                                               SourceRepository repository) {
        String name = repository.name();
        try {
            Checkout checkout = repository.checkout();
            CatalogContext context = drafter.context(checkout);
            if (!selection.matches(context)) {
                return Optional.empty();
            }
            RepositoryDraft draft = drafter.draft(checkout, repository.tree(), context);
            List<String> problems = draft.analysis().problems().stream().map(Object::toString).toList();
            if (publisher == null) {
                return Optional.of(dryRun(run, name, draft, problems));
            }
            Optional<String> proposed = repository.alreadyProposed(draft.draft().digest());
            if (proposed.isPresent()) {
                return Optional.of(new RepositoryOutcome(name, RepositoryState.UNCHANGED, proposed.get(), null,
                        draft.draft().digest(), problems));
            }
            ChangeRequest change = ChangeRequest.describe(draft, settings.fileName(), settings.branch(), settings.labels());
            boolean host = !"local".equals(publisher.name());
            List<Reviewer> people = host ? reviewers.reviewers(context, settings.maxReviewers()) : List.of();
            String team = "github".equals(publisher.name()) ? reviewers.githubTeam(context).orElse(null) : null;
            List<FileDraft> nested = draft.nested().stream().map(n -> new FileDraft(n.path(), n.draft())).toList();
            PublishResult result = publisher.publish(new PublishRequest(checkout, settings.fileName(), draft.draft(),
                    change, people, team, nested));
            RepositoryState state = RepositoryState.valueOf(result.outcome().name());
            if (state != RepositoryState.SKIPPED) {
                repository.proposed(draft.draft().digest());
            }
            return Optional.of(new RepositoryOutcome(name, state, result.detail(), result.url(), draft.draft().digest(),
                    problems));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(new RepositoryOutcome(name, RepositoryState.FAILED, message, null, null, List.of()));
        }
    }

    private RepositoryOutcome dryRun(RunRecord run, String name, RepositoryDraft draft, List<String> problems) {
        String digest = draft.draft().digest();
        if (run.outDir() != null) {
            String content = switch (draft.merged()) {
                case MergeResult.Changed changed -> changed.content();
                case MergeResult.Unchanged unchanged -> unchanged.content();
                case MergeResult.Refused refused -> null;
            };
            if (content != null) {
                write(Path.of(run.outDir()).resolve(name).resolve(settings.fileName()), content);
            }
            for (NestedDraft nested : draft.nested()) {
                if (!(nested.merged() instanceof MergeResult.Refused)) {
                    write(Path.of(run.outDir()).resolve(name).resolve(nested.path()), switch (nested.merged()) {
                        case MergeResult.Changed changed -> changed.content();
                        case MergeResult.Unchanged unchanged -> unchanged.content();
                        case MergeResult.Refused refused -> throw new IllegalStateException(refused.reason());
                    });
                }
            }
        }
        if (draft.merged() instanceof MergeResult.Refused refused) {
            return new RepositoryOutcome(name, RepositoryState.SKIPPED, refused.reason(), null, digest, problems);
        }
        boolean current = draft.check().status() == DraftStatus.UP_TO_DATE
                && draft.nested().stream().allMatch(nested -> nested.check().status() == DraftStatus.UP_TO_DATE);
        RepositoryState state = current ? RepositoryState.UNCHANGED : RepositoryState.DRAFTED;
        return new RepositoryOutcome(name, state, draft.check().reason(), null, digest, problems);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static RepositoryOutcome notSelected(SourceRepository repository) {
        return new RepositoryOutcome(repository.name(), RepositoryState.SKIPPED, "not in the selection",
                null, null, List.of());
    }

    private static java.util.concurrent.ThreadFactory worker(String runId) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "agents-md-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
