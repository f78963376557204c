package com.cataloggraph.app.sync.webhook;

import com.cataloggraph.app.sync.Rereadable;
import com.cataloggraph.app.sync.SyncOutcome;
import com.cataloggraph.app.sync.SyncProperties;
import com.cataloggraph.model.sync.SyncLedger;
import com.cataloggraph.model.sync.WebhookDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repositories waiting for a re-read, one entry per repository: a delivery for a repository already waiting joins
 * its entry (a burst of pushes costs one re-read); a repository is read once no delivery for it came for
 * {@code coalesce} (and at the latest ten times that after its first). Bounded: when {@code capacity} repositories wait, a delivery for another one is refused (the caller answers
 * 503 and the provider retries later); nothing accepted is dropped. A re-read that fails because the host failed
 * is tried again after a growing wait, up to {@code maxAttempts}; then its deliveries are recorded failed. A re-read
 * that waits for the ingest lease records its deliveries {@code waiting} (naming the holder) meanwhile; one that
 * waited past {@code catalog.ingest.lease.max-wait} failed retriably, so it is tried again like a host's failure.
 */
public final class RereadQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RereadQueue.class);

    private record Key(String source, String slug) {
    }

    /** One repository's pending re-read: the slugs to read (a rename's old and new path) and its deliveries. */
    private static final class Pending {
        final Rereadable source;
        final Set<String> slugs = new LinkedHashSet<>();
        final List<WebhookDelivery> deliveries = new ArrayList<>();
        final Instant firstAt;
        Instant readyAt;
        int attempts;
        String lastError;

        Pending(Rereadable source, Instant firstAt, Instant readyAt) {
            this.source = source;
            this.firstAt = firstAt;
            this.readyAt = readyAt;
        }
    }

    private final SyncLedger ledger;
    private final SyncProperties.Webhooks settings;
    private final Clock clock;
    private final Map<Key, Pending> waiting = new LinkedHashMap<>();
    private final Thread worker;
    private volatile boolean closed;

    public RereadQueue(SyncLedger ledger, SyncProperties.Webhooks settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.worker = Thread.ofPlatform().daemon().name("webhook-rereads").start(this::work);
    }

    /**
     * Queues a re-read of {@code slugs} (keyed by the first) for {@code delivery}.
     *
     * @return the delivery's outcome now ({@code queued} or {@code coalesced}), or null when the queue is full
     */
    public synchronized String offer(Rereadable source, Set<String> slugs, WebhookDelivery delivery) {
        Key key = new Key(source.name(), slugs.iterator().next());
        Pending pending = waiting.get(key);
        String outcome = "coalesced";
        Instant now = clock.instant();
        if (pending == null) {
            if (waiting.size() >= settings.queueCapacity()) {
                return null;
            }
            pending = new Pending(source, now, now.plus(settings.coalesce()));
            waiting.put(key, pending);
            outcome = "queued";
        } else if (pending.attempts == 0) {
            // Wait until the repository has been quiet for the coalescing time, but never ten times longer than that.
            Instant quiet = now.plus(settings.coalesce());
            Instant latest = pending.firstAt.plus(settings.coalesce().multipliedBy(10));
            pending.readyAt = quiet.isAfter(latest) ? latest : quiet;
        }
        pending.slugs.addAll(slugs);
        pending.deliveries.add(delivery);
        notifyAll();
        recordDepth(source.name());
        return outcome;
    }

    /** Repositories waiting, of one source. */
    public synchronized int depth(String source) {
        return (int) waiting.keySet().stream().filter(key -> key.source().equals(source)).count();
    }

    /** Repositories waiting, of all sources. */
    public synchronized int size() {
        return waiting.size();
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }

    private void work() {
        while (!closed) {
            Map.Entry<Key, Pending> next;
            try {
                next = take();
            } catch (InterruptedException e) {
                return;
            }
            process(next.getKey(), next.getValue());
        }
    }

    /** The entry whose time has come, waiting for one. */
    private synchronized Map.Entry<Key, Pending> take() throws InterruptedException {
        while (true) {
            Instant now = clock.instant();
            Map.Entry<Key, Pending> soonest = null;
            for (Map.Entry<Key, Pending> entry : waiting.entrySet()) {
                if (soonest == null || entry.getValue().readyAt.isBefore(soonest.getValue().readyAt)) {
                    soonest = entry;
                }
            }
            if (soonest == null) {
                wait();
            } else if (!soonest.getValue().readyAt.isAfter(now)) {
                waiting.remove(soonest.getKey());
                recordDepth(soonest.getKey().source());
                return soonest;
            } else {
                wait(Math.max(1, Duration.between(now, soonest.getValue().readyAt).toMillis()));
            }
        }
    }

    private void process(Key key, Pending pending) {
        pending.attempts++;
        SyncOutcome outcome;
        try {
            outcome = pending.source.reread(Set.copyOf(pending.slugs), reason -> waiting(pending, reason));
        } catch (RuntimeException e) {
            outcome = new SyncOutcome(String.valueOf(e.getMessage()), 0, 0, String.valueOf(e.getMessage()), true);
        }
        if (!outcome.succeeded() && outcome.retriable() && pending.attempts < settings.maxAttempts()) {
            Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(pending.attempts - 1, 10));
            LOG.info("webhook re-read of {} failed (attempt {} of {}), trying again in {}: {}", pending.slugs,
                    pending.attempts, settings.maxAttempts(), wait, outcome.error());
            pending.lastError = outcome.error();
            requeue(key, pending, wait);
            return;
        }
        finish(pending, outcome);
    }

    private synchronized void requeue(Key key, Pending pending, Duration wait) {
        pending.readyAt = clock.instant().plus(wait);
        Pending newer = waiting.get(key);
        if (newer != null) {
            pending.slugs.addAll(newer.slugs);
            pending.deliveries.addAll(newer.deliveries);
        }
        waiting.put(key, pending);
        recordDepth(key.source());
    }

    /**
     * The re-read waits for the ingest lease (another run, here or on another instance, writes the catalog): its
     * deliveries say so until it is done, so an operator sees why nothing happened yet.
     */
    private void waiting(Pending pending, String reason) {
        Instant now = clock.instant();
        List<WebhookDelivery> waiting = pending.deliveries.stream().map(delivery -> new WebhookDelivery(delivery.id(),
                delivery.source(), delivery.event(), delivery.repository(), "waiting",
                shorten("waiting for the ingest lease: " + reason), delivery.receivedAt(),
                Duration.between(delivery.receivedAt(), now).toMillis())).toList();
        try {
            ledger.finished(waiting);
        } catch (RuntimeException e) {
            LOG.debug("could not record that deliveries {} wait: {}", pending.deliveries, e.getMessage());
        }
    }

    private void finish(Pending pending, SyncOutcome outcome) {
        Instant done = clock.instant();
        String state = outcome.succeeded() ? "ingested" : "failed";
        String detail = (outcome.succeeded() ? "" : "after " + pending.attempts + " attempt"
                + (pending.attempts == 1 ? "" : "s") + ": ") + outcome.summary()
                + (pending.deliveries.size() > 1 ? " (" + pending.deliveries.size() + " deliveries, one re-read)" : "");
        List<WebhookDelivery> finished = pending.deliveries.stream().map(delivery -> new WebhookDelivery(delivery.id(),
                delivery.source(), delivery.event(), delivery.repository(), state, shorten(detail),
                delivery.receivedAt(), Duration.between(delivery.receivedAt(), done).toMillis())).toList();
        try {
            if (!outcome.succeeded()) {
                ledger.failed(pending.source.name(), shorten(outcome.error()));
            }
            ledger.finished(finished);
        } catch (RuntimeException e) {
            LOG.warn("could not record the outcome of deliveries {}: {}", pending.deliveries, e.getMessage());
        }
        LOG.info("webhook re-read of {}: {}", pending.slugs, detail);
    }

    private void recordDepth(String source) {
        int depth = (int) waiting.keySet().stream().filter(key -> key.source().equals(source)).count();
        try {
            ledger.queueDepth(source, depth);
        } catch (RuntimeException e) {
            LOG.debug("could not record the queue depth of {}: {}", source, e.getMessage());
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000) + "...";
    }
}
