package com.cataloggraph.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one probe on {@code concurrency} threads, each calling back to back: first for the warm-up
 * (not recorded), then for the measured duration. A call counts when it started after the warm-up
 * and ended within the duration; throughput is counted calls over the duration. Each caller makes one
 * call before the clock starts, so a first call's one-off costs (query planning, class loading) land
 * in no window however short the warm-up.
 */
final class LoadRunner {

    /**
     * @param concurrency threads calling at once
     * @param warmup      calls made before measuring (JIT, caches, connections), per probe
     * @param duration    how long each probe is measured
     */
    record Settings(int concurrency, Duration warmup, Duration duration) {

        Settings {
            if (concurrency < 1) {
                throw new IllegalArgumentException("--concurrency must be at least 1, was " + concurrency);
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("--duration must be positive, was " + duration);
            }
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("--warmup must not be negative, was " + warmup);
            }
        }

        /** {@code Each probe: 2.00 s warm-up, then 5.00 s measured with 1 concurrent caller(s)}. */
        String describe() {
            return String.format(Locale.ROOT, "Each probe: %s s warm-up, then %s s measured with %d "
                    + "concurrent caller(s)", Units.seconds(warmup.toNanos()), Units.seconds(duration.toNanos()),
                    concurrency);
        }

        /** The settings as a report's JSON has them. */
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("concurrency", concurrency);
            json.put("warmupSeconds", warmup.toNanos() / 1e9);
            json.put("durationSeconds", duration.toNanos() / 1e9);
            return json;
        }
    }

    private LoadRunner() {
    }

    static ProbeResult run(Probe probe, Settings settings) throws Exception {
        List<Probe.Caller> callers = new ArrayList<>();
        try {
            for (int worker = 0; worker < settings.concurrency(); worker++) {
                Probe.Caller caller = probe.caller(worker);
                callers.add(caller);
                prime(caller);
            }
            return measure(probe, callers, settings);
        } finally {
            for (Probe.Caller caller : callers) {
                caller.close();
            }
        }
    }

    private static void prime(Probe.Caller caller) {
        try {
            caller.call();
        } catch (Exception e) {
            // A failing call fails again while measured, where it is counted and shown.
        }
    }

    private static ProbeResult measure(Probe probe, List<Probe.Caller> callers, Settings settings)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(callers.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Latencies> recorded = new ArrayList<>();
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            Probe.Caller caller = callers.get(i);
            Latencies latencies = new Latencies();
            recorded.add(latencies);
            threads.add(Thread.ofPlatform().name("bench-" + probe.name() + "-" + i).start(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long measureFrom = window[0];
                long measureUntil = window[1];
                while (true) {
                    long started = System.nanoTime();
                    if (started >= measureUntil) {
                        break;
                    }
                    String error;
                    try {
                        error = caller.call();
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    long ended = System.nanoTime();
                    if (started >= measureFrom && ended <= measureUntil) {
                        latencies.add(ended - started);
                        if (error != null) {
                            errors.increment();
                            firstError.compareAndSet(null, error);
                        }
                    }
                }
            }));
        }
        ready.await();
        window[0] = System.nanoTime() + settings.warmup().toNanos();
        window[1] = window[0] + settings.duration().toNanos();
        go.countDown(); // publishes the window to the workers
        for (Thread thread : threads) {
            thread.join();
        }
        Latencies all = new Latencies();
        recorded.forEach(all::addAll);
        long[] sorted = all.sorted();
        return new ProbeResult(probe.name(), probe.transport(), sorted.length, errors.sum(), firstError.get(),
                Latencies.percentile(sorted, 50), Latencies.percentile(sorted, 90), Latencies.percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                sorted.length / (settings.duration().toNanos() / 1e9));
    }
}
