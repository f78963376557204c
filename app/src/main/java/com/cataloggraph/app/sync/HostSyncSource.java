package com.cataloggraph.app.sync;

import com.cataloggraph.app.ingest.DiscoveryFilters;
import com.cataloggraph.ingest.discovery.DescriptorPaths;
import com.cataloggraph.ingest.discovery.DiscoveredSource;
import com.cataloggraph.ingest.discovery.DiscoveryException;
import com.cataloggraph.ingest.discovery.DiscoveryResult;
import com.cataloggraph.ingest.discovery.GitHubDiscovery;
import com.cataloggraph.ingest.discovery.GitHubDiscoveryOptions;
import com.cataloggraph.ingest.discovery.GitLabDiscovery;
import com.cataloggraph.ingest.discovery.GitLabDiscoveryOptions;
import com.cataloggraph.ingest.discovery.RepositoryDiscovery;
import com.cataloggraph.ingest.discovery.RepositoryVersion;
import com.cataloggraph.ingest.discovery.SyncMemory;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.state.IngestStateStore;
import com.cataloggraph.ingest.state.RepositoryReads;
import com.cataloggraph.model.sync.RepositoryVersionRow;
import com.cataloggraph.model.sync.SyncLedger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A GitLab group or GitHub organization: full syncs read only the repositories whose version changed (the versions
 * live in the graph, {@code :RepositorySync}); a webhook re-reads named repositories without listing the group.
 */
public final class HostSyncSource implements SyncedSource, Rereadable {

    private final SyncProperties.Source config;
    private final CatalogIngester ingester;
    private final SyncLedger ledger;
    private final IngestStateStore states;
    private final GitLabDiscoveryOptions gitlab;
    private final GitHubDiscoveryOptions github;

    public HostSyncSource(SyncProperties.Source config, CatalogIngester ingester, SyncLedger ledger,
                          IngestStateStore states) {
        this.config = config;
        this.ingester = ingester;
        this.ledger = ledger;
        this.states = states;
        DiscoveryFilters filters = config.filters();
        this.gitlab = config.kind() == SourceKind.GITLAB ? filters.gitlab(config.group(),
                config.apiUrl() != null ? config.apiUrl() : GitLabDiscoveryOptions.GITLAB_COM) : null;
        this.github = config.kind() == SourceKind.GITHUB ? filters.github(config.organization(),
                config.apiUrl() != null ? config.apiUrl() : GitHubDiscoveryOptions.GITHUB_COM) : null;
    }

    @Override
    public String name() {
        return config.id();
    }

    @Override
    public SyncProperties.Source config() {
        return config;
    }

    /** The reconciliation scope, the same as {@code ingest --gitlab-group/--github-org} uses. */
    public String sourceId() {
        return gitlab != null ? DiscoveryFilters.sourceId(gitlab) : DiscoveryFilters.sourceId(github);
    }

    /** True when the repository belongs to this group or organization (by its path). */
    public boolean contains(String slug) {
        String scope = (gitlab != null ? gitlab.group() : github.organization()).toLowerCase(Locale.ROOT);
        return gitlab != null && scope.chars().allMatch(Character::isDigit)
                || slug.toLowerCase(Locale.ROOT).startsWith(scope + "/");
    }

    /** The branch read from a repository whose default branch is {@code defaultBranch}. */
    public String branchRead(String defaultBranch) {
        return config.branch() != null ? config.branch() : defaultBranch;
    }

    /** True when a change to {@code path} of repository {@code slug} can change the catalog. */
    public boolean matters(String slug, String path) {
        List<String> descriptors = gitlab != null ? gitlab.descriptorPaths() : github.descriptorPaths();
        if (DescriptorPaths.names(descriptors, path)) {
            return true;
        }
        RepositoryReads reads = states.reads(sourceId(), slug);
        return reads.reads(path);
    }

    @Override
    public SyncOutcome fullSync() {
        Map<String, RepositoryVersionRow> known = ledger.versions(name());
        // A repository whose descriptor lost a ref conflict is read every time, so it takes the ref once it is free.
        Set<String> retry = states.repositoriesToRetry(sourceId());
        SyncMemory memory = slug -> retry.contains(slug) ? Optional.empty() : Optional.ofNullable(known.get(slug))
                .map(row -> new RepositoryVersion(row.marker(), row.commit(), row.etag(), row.verifiedAt()));
        DiscoveredSource discovered;
        try {
            discovered = DiscoveredSource.of(discovery(), sourceId(), ingester.properties().scan(), memory);
        } catch (DiscoveryException e) {
            return new SyncOutcome(e.getMessage(), 0, 0, e.getMessage(), true);
        }
        IngestReport report = ingest(discovered, reason -> { });
        DiscoveryResult result = discovered.result();
        if (report.succeeded()) {
            ledger.saveVersions(name(), rows(result));
            ledger.keepOnly(name(), result.versions().keySet());
        }
        return new SyncOutcome(discovered.summary() + "; " + report.summary(), result.requests(),
                result.repositories().size(), report.succeeded() ? null : report.summary(), false);
    }

    /**
     * Re-reads the named repositories only (a push, a rename's old and new paths, a deletion): what they define
     * now is written, what they no longer define becomes orphans; nothing else is touched.
     */
    @Override
    public SyncOutcome reread(Set<String> slugs, Consumer<String> waiting) {
        DiscoveredSource discovered;
        try {
            discovered = DiscoveredSource.only(discovery(), sourceId(), ingester.properties().scan(), slugs);
        } catch (DiscoveryException e) {
            return new SyncOutcome(e.getMessage(), 0, 0, e.getMessage(), true);
        }
        DiscoveryResult result = discovered.result();
        if (!result.problems().isEmpty()) {
            String problems = String.join("; ", result.problems().stream()
                    .map(problem -> problem.slug() + ": " + problem.message()).toList());
            return new SyncOutcome(problems, result.requests(), 0, problems, true);
        }
        IngestReport report = ingest(discovered, waiting);
        if (report.succeeded()) {
            ledger.saveVersions(name(), rows(result));
            Set<String> gone = new HashSet<>(slugs);
            gone.removeAll(result.versions().keySet());
            if (!gone.isEmpty()) {
                ledger.forget(name(), gone);
            }
        }
        return new SyncOutcome("re-read " + String.join(", ", slugs) + ": " + report.summary(), result.requests(),
                result.repositories().size(), report.succeeded() ? null : report.summary(), false);
    }

    /** One run under the ingest lease, waiting for it while another run writes. */
    private IngestReport ingest(DiscoveredSource discovered, Consumer<String> waiting) {
        return ingester.ingest(new IngestRequest(List.of(discovered.source()), ingester.properties().orphans(), false),
                LeaseWaits.of(name(), waiting));
    }

    private RepositoryDiscovery discovery() {
        return gitlab != null ? new GitLabDiscovery(gitlab) : new GitHubDiscovery(github);
    }

    private static List<RepositoryVersionRow> rows(DiscoveryResult result) {
        List<RepositoryVersionRow> rows = new ArrayList<>();
        result.versions().forEach((slug, version) -> rows.add(new RepositoryVersionRow(slug, version.marker(),
                version.commit(), version.etag(), version.verifiedAt())));
        return rows;
    }
}
