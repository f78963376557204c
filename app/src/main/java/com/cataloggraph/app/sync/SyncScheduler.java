package com.cataloggraph.app.sync;

import com.cataloggraph.app.ingest.ServeIngestSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every source's full sync once the server is up, then again on its schedule (runs of one source never
 * overlap), and watches the local folders that ask for it.
 */
public final class SyncScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncedSources sources;
    private final SyncProperties properties;
    private final List<FolderWatcher> watchers = new ArrayList<>();
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean running;

    public SyncScheduler(SyncedSources sources, SyncProperties properties) {
        this.sources = sources;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        if (sources.all().isEmpty()) {
            return;
        }
        sources.declare();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "catalog-sync");
            thread.setDaemon(true);
            return thread;
        });
        for (SyncedSource source : sources.all()) {
            if (source.schedule() == null) {
                scheduler.execute(() -> sources.fullSync(source));
            } else {
                scheduler.scheduleWithFixedDelay(() -> sources.fullSync(source), 0, source.schedule().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            if (source instanceof FolderSyncSource folder && folder.config().watch()) {
                FolderWatcher watcher = new FolderWatcher(folder, sources, properties.watchDebounce());
                if (watcher.start()) {
                    watchers.add(watcher);
                }
            }
            LOG.info("sync {}: {} {}", source.name(), source.kind().name().toLowerCase(java.util.Locale.ROOT),
                    source.schedule() == null ? "read at start" : "read at start and every " + source.schedule());
        }
    }

    @Override
    public void stop() {
        running = false;
        watchers.forEach(FolderWatcher::stop);
        ServeIngestSchedule.stopNow(scheduler);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
