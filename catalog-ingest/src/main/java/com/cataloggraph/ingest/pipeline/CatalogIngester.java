package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.config.IngestLeaseProperties;
import com.cataloggraph.ingest.config.HistoryProperties;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.source.FolderSources;
import com.cataloggraph.ingest.state.IngestStateStore;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.HeldLease;
import com.cataloggraph.model.store.IngestLease;
import com.cataloggraph.model.store.IngestLeaseBusyException;
import com.cataloggraph.model.store.ProcessName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ingester: reads descriptors from sources into the catalog graph. One run at a time across
 * every process and instance on the database: a run holds the graph's {@link IngestLease} and writes
 * only while it holds it (a scheduled refresh, a webhook's re-read and a manual run queue up rather
 * than interleave).
 */
public final class CatalogIngester {

    private final CatalogGraph graph;
    private final IngestProperties properties;
    private final IngestStateStore schema;
    private final HistoryProperties history;
    private final FileProcessor processor;
    private final IngestLease lease;
    private final IngestLeaseProperties leaseProperties;
    private final String holder;
    private volatile boolean schemaReady;

    /**
     * @param holder  names this process on the lease and its runs, see {@link ProcessName}
     * @param history how long the changes each run records are kept
     */
    public CatalogIngester(CatalogGraph graph, IngestProperties properties, IngestLeaseProperties leaseProperties,
                           String holder, HistoryProperties history) {
        this.graph = graph;
        this.properties = properties;
        this.history = history;
        this.schema = new IngestStateStore(graph.database());
        this.processor = new FileProcessor(properties);
        this.lease = new IngestLease(graph.database(), leaseProperties.timeout());
        this.leaseProperties = leaseProperties;
        this.holder = holder;
    }

    /** @param holder names this process on the lease and its runs; history kept as by default */
    public CatalogIngester(CatalogGraph graph, IngestProperties properties, IngestLeaseProperties leaseProperties,
                           String holder) {
        this(graph, properties, leaseProperties, holder, HistoryProperties.defaults());
    }

    public CatalogIngester(CatalogGraph graph, IngestProperties properties) {
        this(graph, properties, IngestLeaseProperties.defaults(), ProcessName.of("ingest"), HistoryProperties.defaults());
    }

    public IngestProperties properties() {
        return properties;
    }

    /** The lease's timeout and the default wait for it. */
    public IngestLeaseProperties leaseProperties() {
        return leaseProperties;
    }

    /** This process's name on the lease and its runs. */
    public String holder() {
        return holder;
    }

    /** Sources for paths as given on a command line (see {@link FolderSources#forPath}). */
    public List<DescriptorSource> sourcesFor(List<Path> paths) throws IOException {
        List<DescriptorSource> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.add(FolderSources.forPath(path, properties.scan()));
        }
        return sources;
    }

    public IngestReport ingest(IngestRequest request) {
        return ingest(request, IngestProgress.NONE);
    }

    /** Runs one ingest, waiting up to {@code catalog.ingest.lease.max-wait} for another process's run to finish. */
    public IngestReport ingest(IngestRequest request, IngestProgress progress) {
        return ingest(request, progress, RunOptions.waiting(leaseProperties.maxWait()));
    }

    /**
     * Runs one ingest under the lease; problems in the input are in the report, failures of the database are
     * thrown, and so is a lease another process kept beyond {@link RunOptions#leaseWait()}
     * ({@link IngestLeaseBusyException}) or one this run lost (it stops before its next write). A run that fails
     * is recorded failed with the reason.
     */
    public IngestReport ingest(IngestRequest request, IngestProgress progress, RunOptions options) {
        String runId = options.runId();
        ExecutorService pool = Executors.newFixedThreadPool(properties.threads(), threads());
        try (HeldLease held = lease.acquire(holder, runId, options.leaseWait(),
                other -> progress.waiting(other.describe()))) {
            if (!schemaReady) {
                schema.ensureSchema();
                schemaReady = true;
            }
            CatalogGraph fenced = CatalogGraph.over(graph.database().fencedBy(held), graph.writer().batchSize());
            IngestStateStore store = new IngestStateStore(fenced.database(), properties.stateCache());
            return new IngestRun(fenced, store, properties, processor, request, progress, runId, history).run(pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(runId, "interrupted");
            throw new IllegalStateException("ingest interrupted", e);
        } catch (RuntimeException e) {
            recordFailure(runId, e.getMessage());
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Outside the lease: a run that lost it can still say why it stopped. */
    private void recordFailure(String runId, String reason) {
        try {
            graph.runs().fail(runId, reason == null ? "failed" : reason);
        } catch (RuntimeException e) {
            // the database is away: the run reads as abandoned once its lease times out
        }
    }

    private static java.util.concurrent.ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
