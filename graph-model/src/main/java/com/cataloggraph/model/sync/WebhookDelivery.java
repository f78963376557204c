package com.cataloggraph.model.sync;

import java.time.Instant;

/**
 * One webhook delivery as recorded.
 *
 * @param id             the provider's delivery id ({@code X-GitHub-Delivery}, {@code X-Gitlab-Event-UUID})
 * @param source         the configured source it was for, or null when none matched
 * @param event          the event ({@code push}, {@code project_rename}, ...)
 * @param repository     the repository it names
 * @param outcome        {@code queued}, {@code coalesced}, {@code waiting} (for the ingest lease),
 *                       {@code ingested}, {@code ignored} or {@code failed}
 * @param detail         why, in a line
 * @param receivedAt     when it arrived
 * @param durationMillis from arrival until the change was in the graph (or the work gave up); 0 while queued
 */
public record WebhookDelivery(String id, String source, String event, String repository, String outcome,
                              String detail, Instant receivedAt, long durationMillis) {
}
