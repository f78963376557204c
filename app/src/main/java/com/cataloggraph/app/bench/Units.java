package com.cataloggraph.app.bench;

import java.util.Locale;

/** How the benchmark tables write numbers. */
final class Units {

    private Units() {
    }

    static String mebibytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** 1 rather than 1.0, 0.005 as written. */
    static String scale(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }
}
