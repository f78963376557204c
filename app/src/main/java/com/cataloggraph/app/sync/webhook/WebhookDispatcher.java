package com.cataloggraph.app.sync.webhook;

import com.cataloggraph.app.sync.HostSyncSource;
import com.cataloggraph.app.sync.SourceKind;
import com.cataloggraph.app.sync.SyncedSources;
import com.cataloggraph.model.sync.WebhookDelivery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a delivery asks of the catalog and queues it: a push re-reads its repository only when it is to the
 * branch read and a changed path can matter (a descriptor, a file one reads, a Location target); a rename re-reads
 * the old and the new path (the entities move); a deletion re-reads the repository, which is gone, so its entities
 * become orphans; a tag changes nothing. Every delivery is recorded in the graph with what was decided.
 */
public final class WebhookDispatcher {

    /** What became of a delivery at once. */
    public record Verdict(String outcome, String detail, List<String> repositories) {

        public boolean refused() {
            return "refused".equals(outcome);
        }
    }

    private final SyncedSources sources;
    private final RereadQueue queue;

    public WebhookDispatcher(SyncedSources sources, RereadQueue queue) {
        this.sources = sources;
        this.queue = queue;
    }

    public RereadQueue queue() {
        return queue;
    }

    /**
     * Judges and queues every repository event of the delivery.
     *
     * @return {@code refused} when the queue is full (nothing of this delivery was accepted), else what was done
     */
    public Verdict dispatch(SourceKind provider, Delivery delivery) {
        if (delivery.events().isEmpty()) {
            return record(delivery, null, null, "ignored", "event '" + delivery.event() + "' is not one the catalog reads");
        }
        List<String> queued = new ArrayList<>();
        List<String> details = new ArrayList<>();
        String outcome = "ignored";
        String matched = null;
        for (RepositoryEvent event : delivery.events()) {
            Plan plan = plan(provider, event);
            if (plan.matched() != null && matched == null) {
                matched = plan.matched().name();
            }
            if (plan.source() == null) {
                details.add(plan.reason());
                continue;
            }
            // Recorded before it is queued, so the re-read's outcome always finds the record.
            recordOnly(delivery, plan.source().name(), event.slug(), "accepted", plan.reason());
            String state = queue.offer(plan.source(), plan.slugs(), new WebhookDelivery(delivery.id(),
                    plan.source().name(), delivery.event(), event.slug(), "accepted", plan.reason(),
                    delivery.receivedAt(), 0));
            if (state == null) {
                String full = "the re-read queue is full (" + queue.size() + " repositories waiting)";
                recordOnly(delivery, plan.source().name(), event.slug(), "refused", full);
                return new Verdict("refused", full, List.of());
            }
            outcome = state;
            queued.addAll(plan.slugs());
            details.add(plan.reason());
        }
        if (queued.isEmpty()) {
            return record(delivery, matched, delivery.events().getFirst().slug(), "ignored", String.join("; ", details));
        }
        return new Verdict(outcome, String.join("; ", details), queued);
    }

    /**
     * @param source  the source to re-read in, or null to read nothing
     * @param matched the source the repository belongs to, whether or not anything is read
     */
    private record Plan(HostSyncSource source, Set<String> slugs, String reason, HostSyncSource matched) {

        Plan(HostSyncSource source, Set<String> slugs, String reason) {
            this(source, slugs, reason, source);
        }

        static Plan ignore(String reason) {
            return new Plan(null, Set.of(), reason, null);
        }

        static Plan ignore(HostSyncSource matched, String reason) {
            return new Plan(null, Set.of(), reason, matched);
        }
    }

    private Plan plan(SourceKind provider, RepositoryEvent event) {
        Optional<HostSyncSource> hosting = sources.hosting(provider, event.slug());
        return switch (event) {
            case RepositoryEvent.Renamed renamed -> {
                Optional<HostSyncSource> before = sources.hosting(provider, renamed.oldSlug());
                HostSyncSource source = hosting.or(() -> before).orElse(null);
                if (source == null) {
                    yield Plan.ignore(noSource(renamed.slug()));
                }
                Set<String> slugs = new LinkedHashSet<>();
                if (source.contains(renamed.slug())) {
                    slugs.add(renamed.slug());
                }
                if (source.contains(renamed.oldSlug())) {
                    slugs.add(renamed.oldSlug());
                }
                yield new Plan(source, slugs, renamed.oldSlug() + " is now " + renamed.slug());
            }
            case RepositoryEvent.Tagged tagged -> Plan.ignore(hosting.orElse(null), "a tag does not change the branch read");
            default -> hosting.map(source -> plan(source, event)).orElseGet(() -> Plan.ignore(noSource(event.slug())));
        };
    }

    private static Plan plan(HostSyncSource source, RepositoryEvent event) {
        Set<String> slug = Set.of(event.slug());
        return switch (event) {
            case RepositoryEvent.Pushed pushed -> {
                String read = source.branchRead(pushed.defaultBranch());
                if (pushed.branch() != null && read != null && !pushed.branch().equals(read)) {
                    yield Plan.ignore(source, "a push to " + pushed.branch() + ", not to the branch read (" + read + ")");
                }
                if (pushed.paths() == null) {
                    yield new Plan(source, slug, "a push whose changed paths are not all listed");
                }
                List<String> mattering = pushed.paths().stream().distinct()
                        .filter(path -> source.matters(pushed.slug(), path)).toList();
                yield mattering.isEmpty()
                        ? Plan.ignore(source, "no changed path can matter (" + pushed.paths().stream().distinct().count()
                                + " changed)")
                        : new Plan(source, slug, "changed " + String.join(", ", mattering));
            }
            case RepositoryEvent.Merged merged -> {
                String read = source.branchRead(merged.defaultBranch());
                yield read != null && !merged.targetBranch().equals(read)
                        ? Plan.ignore(source, "a merge into " + merged.targetBranch() + ", not into the branch read (" + read + ")")
                        : new Plan(source, slug, "a merge request merged into " + merged.targetBranch());
            }
            case RepositoryEvent.Removed removed -> new Plan(source, slug, "the repository was deleted");
            case RepositoryEvent.Changed changed -> new Plan(source, slug, "the repository was " + changed.what());
            case RepositoryEvent.Renamed renamed -> new Plan(source, slug, "renamed");
            case RepositoryEvent.Tagged tagged -> Plan.ignore(source, "a tag does not change the branch read");
        };
    }

    private static String noSource(String slug) {
        return "repository " + slug + " is in no configured source";
    }

    private Verdict record(Delivery delivery, String source, String repository, String outcome, String detail) {
        recordOnly(delivery, source, repository, outcome, detail);
        return new Verdict(outcome, detail, List.of());
    }

    private void recordOnly(Delivery delivery, String source, String repository, String outcome, String detail) {
        sources.ledger().received(new WebhookDelivery(delivery.id(), source, delivery.event(), repository, outcome,
                detail, delivery.receivedAt(), 0));
    }
}
