package com.cataloggraph.app.sync;

import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.state.IngestStateStore;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.sync.SyncLedger;
import com.cataloggraph.model.sync.SyncSourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured sources, and the one way a full sync of one of them runs and is recorded in the graph. Ingest
 * runs themselves wait for the ingester's lease in the graph: one writer at a time across every thread, process and
 * instance on the database (a full sync, a watched change, a webhook's re-read, GraphQL's startIngest, a CLI
 * {@code ingest}); a run that waits past {@code catalog.ingest.lease.max-wait} fails naming the holder.
 */
public final class SyncedSources {

    private static final Logger LOG = LoggerFactory.getLogger(SyncedSources.class);

    private final List<SyncedSource> sources;
    private final SyncLedger ledger;
    private final Clock clock;

    public SyncedSources(SyncProperties properties, CatalogIngester ingester, CatalogGraph graph, Clock clock) {
        this.ledger = new SyncLedger(graph.database());
        this.clock = clock;
        IngestStateStore states = new IngestStateStore(graph.database());
        this.sources = properties.sources().stream().map(config -> (SyncedSource) switch (config.kind()) {
            case FOLDER -> new FolderSyncSource(config, ingester);
            case GITLAB, GITHUB -> new HostSyncSource(config, ingester, ledger, states);
        }).toList();
    }

    public List<SyncedSource> all() {
        return sources;
    }

    public SyncLedger ledger() {
        return ledger;
    }

    /** The GitLab or GitHub source a repository belongs to, if one is configured. */
    public Optional<HostSyncSource> hosting(SourceKind kind, String slug) {
        return sources.stream().filter(source -> source.kind() == kind).map(HostSyncSource.class::cast)
                .filter(source -> source.contains(slug)).findFirst();
    }

    /** Creates the bookkeeping's schema and a {@code :SyncSource} node per source. */
    public void declare() {
        ledger.ensureSchema();
        ledger.declare(sources.stream().map(source -> new SyncSourceStatus(source.name(),
                source.kind().name().toLowerCase(java.util.Locale.ROOT),
                source.schedule() == null ? null : source.schedule().toString(), null, null, 0, 0, 0, null, null, 0, 0,
                null, 0)).toList());
    }

    /** A watched folder changed in these repository folders (or, with null, somewhere else): ingests what changed. */
    public SyncOutcome folderChanged(FolderSyncSource source, java.util.Set<String> repositories) {
        try {
            ledger.changed(source.name(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("sync {}: could not record the change: {}", source.name(), e.getMessage());
        }
        if (repositories == null) {
            return fullSync(source);
        }
        Instant started = clock.instant();
        SyncOutcome outcome;
        try {
            outcome = source.reread(repositories);
        } catch (RuntimeException e) {
            outcome = new SyncOutcome(String.valueOf(e.getMessage()), 0, 0, String.valueOf(e.getMessage()), true);
        }
        if (outcome.succeeded()) {
            LOG.info("sync {}: {} changed, ingested in {} ms: {}", source.name(), repositories,
                    Duration.between(started, clock.instant()).toMillis(), outcome.summary());
        } else {
            LOG.warn("sync {}: ingesting the change to {} failed: {}", source.name(), repositories, outcome.error());
            try {
                ledger.failed(source.name(), outcome.error());
            } catch (RuntimeException e) {
                LOG.warn("sync {}: could not record the failure: {}", source.name(), e.getMessage());
            }
        }
        return outcome;
    }

    /** Runs a full sync of one source and records it; never throws. */
    public SyncOutcome fullSync(SyncedSource source) {
        Instant started = clock.instant();
        SyncOutcome outcome;
        try {
            outcome = source.fullSync();
        } catch (RuntimeException e) {
            outcome = new SyncOutcome(String.valueOf(e.getMessage()), 0, 0, String.valueOf(e.getMessage()), true);
        }
        Duration took = Duration.between(started, clock.instant());
        try {
            ledger.fullSyncFinished(source.name(), clock.instant(), took, outcome.requests(), outcome.read(),
                    outcome.error());
        } catch (RuntimeException e) {
            LOG.warn("sync {}: could not record the full sync: {}", source.name(), e.getMessage());
        }
        if (outcome.succeeded()) {
            LOG.info("sync {}: full sync in {} ms: {}", source.name(), took.toMillis(), outcome.summary());
        } else {
            LOG.warn("sync {}: full sync failed, the next one will try again: {}", source.name(), outcome.error());
        }
        return outcome;
    }
}
