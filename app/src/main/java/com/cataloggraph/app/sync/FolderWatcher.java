package com.cataloggraph.app.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a local folder source (every folder below it but the excluded ones: {@code .git}, {@code node_modules},
 * ...) and ingests what changed once it has been quiet for the debounce: in a folder of checkouts, only the
 * repository folders something changed in (a saved {@code catalog-info.yaml}, a repository added or removed);
 * anything else, the whole source. Where watching is not possible the source's schedule is all there is.
 */
final class FolderWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final FolderSyncSource source;
    private final SyncedSources sources;
    private final Duration debounce;
    private final Set<String> excluded;
    private WatchService watch;
    private Path folder;
    private Thread thread;

    FolderWatcher(FolderSyncSource source, SyncedSources sources, Duration debounce) {
        this.source = source;
        this.sources = sources;
        this.debounce = debounce;
        this.excluded = Set.copyOf(source.ingester().properties().excludedDirectories());
    }

    /** Starts watching; false (and a log line) when the folder cannot be watched. */
    boolean start() {
        Path root = source.config().path().toAbsolutePath().normalize();
        folder = Files.isDirectory(root) ? root : root.getParent();
        try {
            watch = FileSystems.getDefault().newWatchService();
            register(folder);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("sync {}: cannot watch {} ({}); it is read on its schedule only", source.name(), folder,
                    e.getMessage());
            return false;
        }
        thread = Thread.ofPlatform().daemon().name("watch-" + folder.getFileName()).start(this::loop);
        LOG.info("sync {}: watching {} for changes", source.name(), folder);
        return true;
    }

    void stop() {
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (IOException e) {
            // closing a watch service only releases its handles
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        boolean dirty = false;
        Set<String> repositories = new HashSet<>();
        boolean everywhere = false;
        while (!Thread.currentThread().isInterrupted()) {
            WatchKey key;
            try {
                key = dirty ? watch.poll(debounce.toMillis(), TimeUnit.MILLISECONDS) : watch.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key == null) {
                sources.folderChanged(source, everywhere ? null : Set.copyOf(repositories));
                dirty = false;
                everywhere = false;
                repositories.clear();
                continue;
            }
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    dirty = true;
                    everywhere = true;
                    continue;
                }
                Path changed = dir.resolve((Path) event.context());
                if (excluded.contains(changed.getFileName().toString())) {
                    continue;
                }
                dirty = true;
                Path relative = folder.relativize(changed);
                if (relative.getNameCount() > 1 || Files.isDirectory(changed)
                        || event.kind() == StandardWatchEventKinds.ENTRY_DELETE && !changed.toString().endsWith(".yaml")
                        && !changed.toString().endsWith(".yml")) {
                    repositories.add(relative.getName(0).toString());
                } else {
                    everywhere = true;
                }
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    try {
                        register(changed);
                    } catch (IOException e) {
                        LOG.warn("sync {}: cannot watch the new folder {}: {}", source.name(), changed, e.getMessage());
                    }
                }
            }
            key.reset();
        }
    }

    private void register(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(start) && excluded.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
