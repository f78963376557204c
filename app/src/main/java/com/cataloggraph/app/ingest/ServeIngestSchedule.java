package com.cataloggraph.app.ingest;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.report.IngestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code serve --ingest PATH... [--refresh 5m]}: ingests {@code catalog.ingest.paths} once the web
 * server is up (before the server announces itself), then again every {@code catalog.ingest.refresh}.
 * Each run writes in batch transactions, so readers see whole batches, never half of one. A run that
 * fails is logged and the next one tries again; runs never overlap.
 */
@Component
@ConditionalOnProperty(name = "catalog.command", havingValue = "serve")
public class ServeIngestSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ServeIngestSchedule.class);

    private final CatalogIngester ingester;
    private final IngestProperties properties;
    private volatile ScheduledExecutorService scheduler;
    private volatile IngestReport lastReport;
    private volatile boolean running;

    public ServeIngestSchedule(CatalogIngester ingester, IngestProperties properties) {
        this.ingester = ingester;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        if (properties.paths().isEmpty()) {
            return;
        }
        // The first run is part of starting up: its phases are shown, so a long one is not mistaken for a hang.
        lastReport = ingestOnce(new TerminalProgress(new PrintWriter(System.err, true), false));
        if (properties.refresh() != null) {
            long every = properties.refresh().toMillis();
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ingest-refresh");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
            LOG.info("re-ingesting {} every {}", properties.paths(), properties.refresh());
        }
    }

    @Override
    public void stop() {
        running = false;
        stopNow(scheduler);
    }

    /** Stops a schedule: running work is interrupted and given 30 s to end; a null schedule is nothing to stop. */
    public static void stopNow(ScheduledExecutorService schedule) {
        if (schedule != null) {
            schedule.shutdownNow();
            try {
                schedule.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server has started; stopped before it and before the database closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** The most recent run's report, if a run finished. */
    public Optional<IngestReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    private void refresh() {
        try {
            IngestReport report = ingestOnce(IngestProgress.NONE);
            if (report != null) {
                lastReport = report;
            }
        } catch (RuntimeException e) {
            LOG.warn("scheduled ingest failed, the next one will try again: {}", e.getMessage());
        }
    }

    private IngestReport ingestOnce(IngestProgress progress) {
        IngestReport report;
        try {
            report = ingester.ingest(new IngestRequest(ingester.sourcesFor(properties.paths()), properties.orphans(),
                    false), progress);
        } catch (IOException e) {
            LOG.error("cannot ingest {}: {}", properties.paths(), e.getMessage());
            return null;
        }
        report.errors().stream().limit(IngestOutcome.PRINTED_PROBLEMS)
                .forEach(problem -> LOG.warn("{}", problem.describe()));
        LOG.info("{}", report.summary());
        return report;
    }
}
