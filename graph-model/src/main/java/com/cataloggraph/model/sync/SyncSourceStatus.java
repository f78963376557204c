package com.cataloggraph.model.sync;

import java.time.Instant;

/**
 * How fresh one configured source is.
 *
 * @param name                 the source's configured name
 * @param kind                 {@code gitlab}, {@code github} or {@code folder}
 * @param schedule             how often it is fully synced (ISO-8601 duration), or null for never
 * @param lastFullSyncAt       when the last full sync finished, or null
 * @param lastFullSyncOutcome  {@code succeeded} or {@code failed}, or null
 * @param lastFullSyncMillis   its wall time
 * @param lastFullSyncRequests HTTP requests it sent to the host (0 for a folder)
 * @param repositoriesRead     repositories it read (the others were unchanged)
 * @param lastWebhookAt        when the last webhook delivery for it arrived, or null
 * @param lastChangeAt         when a watched folder last changed, or null
 * @param queueDepth           repositories waiting for a re-read
 * @param failures             full syncs and deliveries that failed since the server started syncing it
 * @param lastError            the last failure's message, or null
 * @param repositories         repositories whose version is remembered
 */
public record SyncSourceStatus(String name, String kind, String schedule, Instant lastFullSyncAt,
                               String lastFullSyncOutcome, long lastFullSyncMillis, long lastFullSyncRequests,
                               long repositoriesRead, Instant lastWebhookAt, Instant lastChangeAt, long queueDepth,
                               long failures, String lastError, long repositories) {
}
