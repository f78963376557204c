package com.cataloggraph.ingest.report;

/** Where a run's time went, in milliseconds. */
public record Timings(long discoverMs, long processMs, long writeMs, long reconcileMs, long totalMs) {
}
