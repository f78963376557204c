package com.cataloggraph.app.bench;

import java.util.Arrays;

/** Call durations of one worker, then of all workers merged; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long duration) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = duration;
    }

    int size() {
        return size;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    /** The sorted durations; call once, after the workers are done. */
    long[] sorted() {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The duration {@code percent} of the calls took at most (nearest rank); 0 without calls. */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
