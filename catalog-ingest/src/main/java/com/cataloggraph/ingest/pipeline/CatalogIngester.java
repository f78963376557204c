package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.config.HistoryProperties;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.source.FolderSources;
import com.cataloggraph.ingest.state.IngestStateStore;
import com.cataloggraph.model.CatalogGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ingester: reads descriptors from sources into the catalog graph. One run at a time per
 * instance (a scheduled refresh and a manual run queue up rather than interleave).
 */
public final class CatalogIngester {

    private final CatalogGraph graph;
    private final IngestProperties properties;
    private final HistoryProperties history;
    private final IngestStateStore store;
    private final FileProcessor processor;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean schemaReady;

    public CatalogIngester(CatalogGraph graph, IngestProperties properties) {
        this(graph, properties, HistoryProperties.defaults());
    }

    /** @param history how long the changes each run records are kept */
    public CatalogIngester(CatalogGraph graph, IngestProperties properties, HistoryProperties history) {
        this.graph = graph;
        this.properties = properties;
        this.history = history;
        this.store = new IngestStateStore(graph.database());
        this.processor = new FileProcessor(properties);
    }

    public IngestProperties properties() {
        return properties;
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

    /** Runs one ingest; problems in the input are in the report, failures of the database are thrown. */
    public IngestReport ingest(IngestRequest request, IngestProgress progress) {
        running.lock();
        ExecutorService pool = Executors.newFixedThreadPool(properties.threads(), threads());
        try {
            if (!schemaReady) {
                store.ensureSchema();
                schemaReady = true;
            }
            return new IngestRun(graph, store, properties, processor, request, progress, history).run(pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            pool.shutdownNow();
            running.unlock();
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
