package com.cataloggraph.model.store;

/**
 * A run's state as the graph has it, the same on every instance.
 *
 * @param status {@code queued}, {@code running}, {@code succeeded} or {@code failed} (an abandoned run is failed)
 * @param detail what the run says about itself (its summary, why it failed), or null
 * @param source what it reads, as the run recorded it
 * @param runner the process that accepted or runs it, e.g. {@code build-1/4242 (serve)}, or null
 */
public record TrackedRun(String id, String status, String detail, String source, String runner) {
}
