package com.cataloggraph.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The parsing floor: every descriptor the ingest read, read from disk and loaded with plain SnakeYAML
 * (safe constructor, no validation, nothing else), on as many threads as the ingest parses with.
 */
final class YamlFloor {

    static final String PHASE = "floor: SnakeYAML parse";

    private YamlFloor() {
    }

    static Measurement run(List<Path> files, int threads, ResourceMeter meter) throws InterruptedException {
        meter.reset();
        long started = System.nanoTime();
        LongAdder documents = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    Yaml yaml = yaml();
                    for (int index = next.getAndIncrement(); index < files.size(); index = next.getAndIncrement()) {
                        documents.add(parse(yaml, files.get(index)));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the parse floor failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - started;
        return new Measurement(PHASE, elapsed, documents.sum(), 0, 0, files.size(), meter.read(), Map.of());
    }

    private static long parse(Yaml yaml, Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long count = 0;
        for (Object document : yaml.loadAll(text)) {
            if (document != null) {
                count++;
            }
        }
        return count;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(new SafeConstructor(options));
    }
}
