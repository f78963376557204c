package com.cataloggraph.agentsmd.run;

import com.cataloggraph.agentsmd.catalog.ReviewerReader;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.agentsmd.publish.Publisher;
import com.cataloggraph.agentsmd.source.CheckoutSource;
import com.cataloggraph.agentsmd.source.HostConnection;
import com.cataloggraph.agentsmd.source.RepositorySource;
import com.cataloggraph.agentsmd.publish.PublisherFactory;
import com.cataloggraph.model.query.EntityQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service behind {@code agents-md run} and a GraphQL trigger: start a run from a
 * {@link RunRequest} (in this thread, or in the background returning its id at once), resume
 * one, and read any run's status from the graph.
 */
public final class AgentsMdRuns {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> PUBLISHERS = Set.of("local", "gitlab", "github");

    private final EntityQueries entities;
    private final PublisherFactory publishers;
    private final HostConnection.Factory hosts;
    private final RunSettings settings;
    private final RunStore store;
    private final BulkRun bulk;
    private final Clock clock;
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    private volatile ExecutorService background;

    public AgentsMdRuns(EntityQueries entities, RepositoryDrafter drafter, ReviewerReader reviewers,
                        PublisherFactory publishers, HostConnection.Factory hosts, RunStore store, RunSettings settings,
                        Clock clock) {
        this.entities = entities;
        this.publishers = publishers;
        this.hosts = hosts;
        this.settings = settings;
        this.store = store;
        this.bulk = new BulkRun(drafter, reviewers, store, settings, clock);
        this.clock = clock;
    }

    /** Runs to the end in this thread. */
    public RunReport run(RunRequest request, RunProgress progress) {
        Prepared prepared = prepare(request);
        return execute(prepared, Map.of(), progress);
    }

    /**
     * Starts the run in the background and returns its id once it is recorded; what is wrong with
     * the request (root, publisher, selection) is thrown here, before anything starts.
     */
    public String start(RunRequest request) {
        Prepared prepared = prepare(request);
        background().submit(() -> execute(prepared, Map.of(), RunProgress.NONE));
        return prepared.run.id();
    }

    /**
     * Continues a run: repositories it settled stay as they are, failed and unvisited ones are done
     * now, with the run's own root, selection and publisher.
     *
     * @param concurrency null to keep the run's
     */
    public RunReport resume(String runId, Integer concurrency, RunProgress progress) {
        RunRecord recorded = store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId
                + " in the graph"));
        RunRecord run = new RunRecord(recorded.id(), "running", recorded.publisher(), recorded.dryRun(), recorded.root(),
                recorded.selection(), concurrency == null ? recorded.concurrency() : concurrency, recorded.outDir(),
                recorded.startedAt(), null, null);
        Selection selection = Selection.parse(run.selection(), entities);
        Prepared prepared = HostConnection.isHost(run.root()) ? overHost(run, selection, hosts.open(run.root()))
                : new Prepared(run, new CheckoutSource(Path.of(run.root()), settings.remote()), selection,
                run.dryRun() ? null : publishers.create(run.publisher()));
        Map<String, RepositoryOutcome> settled = store.outcomes(runId).stream().filter(o -> o.state().settled())
                .collect(Collectors.toMap(RepositoryOutcome::repository, Function.identity()));
        store.update(runId, "running", null, null, Map.of());
        return execute(prepared, settled, progress);
    }

    /** The run's report as the graph has it now: while it runs, what is done so far. */
    public Optional<RunReport> status(String runId) {
        return store.run(runId).map(run -> {
            List<RepositoryOutcome> outcomes = store.outcomes(runId);
            return new RunReport(run, RunReport.countsOf(outcomes), 0, 0, null, outcomes);
        });
    }

    /** The latest runs, newest first. */
    public List<RunRecord> recent(int limit) {
        return store.recent(limit);
    }

    private Prepared prepare(RunRequest request) {
        if (!PUBLISHERS.contains(request.publisher())) {
            throw new IllegalArgumentException("publisher must be local, gitlab or github, was " + request.publisher());
        }
        if (request.root() != null && !Files.isDirectory(request.root())) {
            throw new IllegalArgumentException("the run's root " + request.root() + " is not a directory");
        }
        Selection selection = Selection.parse(request.selection(), entities);
        HostConnection connection = request.host() == null ? null : hosts.open(request.host());
        Publisher publisher = request.dryRun() || connection != null ? null : publishers.create(request.publisher());
        String id = "agents-md-" + ID_TIME.format(clock.instant()) + "-" + HexFormat.of().toHexDigits(random.nextInt())
                .substring(0, 6);
        RunRecord run = new RunRecord(id, "running", request.publisher(), request.dryRun(), connection != null
                ? connection.source().describe() : request.root().toAbsolutePath().normalize().toString(),
                selection.describe(), request.concurrency(),
                request.outDir() == null ? null : request.outDir().toAbsolutePath().normalize().toString(),
                clock.instant().toString(), null, null);
        store.create(run);
        if (connection != null) {
            return overHost(run, selection, connection);
        }
        return new Prepared(run, new CheckoutSource(request.root().toAbsolutePath().normalize(), settings.remote()),
                selection, publisher);
    }

    private RunReport execute(Prepared prepared, Map<String, RepositoryOutcome> settled, RunProgress progress) {
        String id = prepared.run.id();
        if (!active.add(id)) {
            throw new IllegalStateException("run " + id + " is already running in this process");
        }
        try {
            RunReport report = bulk.execute(prepared.run, prepared.source, prepared.selection, prepared.publisher,
                    settled, progress);
            progress.finished(report);
            return report;
        } catch (RuntimeException e) {
            store.update(id, "failed", clock.instant().toString(), e.getMessage(), Map.of());
            throw e;
        } finally {
            active.remove(id);
        }
    }

    private ExecutorService background() {
        if (background == null) {
            synchronized (this) {
                if (background == null) {
                    background = Executors.newCachedThreadPool(task -> {
                        Thread thread = new Thread(task, "agents-md-run");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return background;
    }

    private static Prepared overHost(RunRecord run, Selection selection, HostConnection connection) {
        return new Prepared(run, connection.source(), selection, run.dryRun() ? null : connection.publisher());
    }

    private record Prepared(RunRecord run, RepositorySource source, Selection selection, Publisher publisher) {
    }
}
