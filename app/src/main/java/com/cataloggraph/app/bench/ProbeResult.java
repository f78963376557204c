package com.cataloggraph.app.bench;

/**
 * What one probe measured.
 *
 * @param calls         calls made within the measured duration
 * @param errors        of those, answers that were errors (a tool's {@code isError}, GraphQL {@code errors},
 *                      an exception)
 * @param firstError    the first such error, to see what went wrong
 * @param opsPerSecond  calls per second, all threads together
 */
record ProbeResult(String name, String transport, long calls, long errors, String firstError, long p50Nanos,
                   long p90Nanos, long p99Nanos, long maxNanos, double opsPerSecond) {
}
