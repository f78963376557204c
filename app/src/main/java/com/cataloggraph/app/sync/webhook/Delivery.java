package com.cataloggraph.app.sync.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One webhook delivery, parsed.
 *
 * @param id         the provider's delivery id, or one made up when it sent none
 * @param event      the event as the provider names it ({@code push}, {@code project_rename}, ...)
 * @param events     what it says happened, per repository; empty for an event the catalog does not read
 * @param receivedAt when it arrived
 */
public record Delivery(String id, String event, List<RepositoryEvent> events, Instant receivedAt) {

    public Delivery {
        events = List.copyOf(events);
    }
}
