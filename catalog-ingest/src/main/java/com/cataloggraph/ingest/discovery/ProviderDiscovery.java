package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.HostException;
import com.cataloggraph.codehosts.http.HostRequest;
import com.cataloggraph.codehosts.http.HostResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What GitLab and GitHub discovery share: list the repositories, keep those the filters let
 * through, look for each one's descriptors in parallel, and read further files on demand. The
 * providers supply only their API's listing, filters, head-commit probe and file reads; every request goes
 * through code-hosts' {@link HostClient} (retries, rate limits, credentials kept on the API's host, bounded bodies).
 */
abstract sealed class ProviderDiscovery implements RepositoryDiscovery permits GitLabDiscovery, GitHubDiscovery {

    private static final System.Logger LOG = System.getLogger(ProviderDiscovery.class.getName());

    private final List<String> descriptorPaths;
    private final int concurrency;
    final HostClient http;
    final Clock clock;

    ProviderDiscovery(List<String> descriptorPaths, int concurrency, HostClient http, Clock clock) {
        this.descriptorPaths = descriptorPaths;
        this.concurrency = concurrency;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public final DiscoveryResult discover(SyncMemory memory) {
        List<JsonNode> listed;
        try {
            listed = list();
        } catch (HostException e) {
            throw new DiscoveryException(e.getMessage(), e);
        }
        List<Candidate> candidates = listed.stream().map(this::candidate).flatMap(Optional::stream).toList();
        DescriptorScan scan = new DescriptorScan(descriptorPaths, concurrency,
                (candidate, path) -> readAnswer(candidate.providerId(), candidate.ref(), path),
                candidate -> treeAnswer(candidate.providerId(), candidate.ref()),
                memory.tracking() ? candidate -> verdict(candidate, memory.recalled(candidate.slug())) : DescriptorScan.Gate.READ_ALL);
        DescriptorScan.Outcome outcome = scan.scan(candidates);
        LOG.log(System.Logger.Level.INFO, "{0}: {1} repositories listed, {2} with descriptors read, {3} unchanged, "
                + "{4} problems", scope(), listed.size(), outcome.repositories().size(), outcome.unchanged().size(),
                outcome.problems().size());
        return new DiscoveryResult(outcome.repositories(), outcome.problems(), listed.size(),
                listed.size() - candidates.size(), outcome.withoutDescriptor(), http.requests(), outcome.unchanged(),
                outcome.versions());
    }

    @Override
    public final DiscoveryResult discoverOnly(java.util.Collection<String> slugs) {
        List<JsonNode> found = new java.util.ArrayList<>();
        try {
            for (String slug : slugs) {
                if (withinScope(slug)) {
                    lookup(slug).ifPresent(found::add);
                }
            }
        } catch (HostException e) {
            throw new DiscoveryException(e.getMessage(), e);
        }
        List<Candidate> candidates = found.stream().map(this::candidate).flatMap(Optional::stream)
                .filter(candidate -> slugs.contains(candidate.slug())).toList();
        DescriptorScan scan = new DescriptorScan(descriptorPaths, concurrency,
                (candidate, path) -> readAnswer(candidate.providerId(), candidate.ref(), path),
                candidate -> treeAnswer(candidate.providerId(), candidate.ref()),
                candidate -> verdict(candidate, Optional.empty()));
        DescriptorScan.Outcome outcome = scan.scan(candidates);
        return new DiscoveryResult(outcome.repositories(), outcome.problems(), found.size(),
                found.size() - candidates.size(), outcome.withoutDescriptor(), http.requests(), outcome.unchanged(),
                outcome.versions());
    }

    @Override
    public final Optional<byte[]> readFile(DiscoveredRepository repository, String path) {
        return switch (readAnswer(repository.providerId(), repository.ref(), path)) {
            case FileAnswer.Found found -> Optional.of(found.bytes());
            case FileAnswer.Missing missing -> Optional.empty();
            case FileAnswer.Failed failed -> throw new DiscoveryException(repository.slug() + ": " + failed.message());
        };
    }

    @Override
    public final List<String> listFiles(DiscoveredRepository repository) {
        return switch (treeAnswer(repository.providerId(), repository.ref())) {
            case TreeAnswer.Listed listed -> listed.paths();
            case TreeAnswer.Failed failed -> throw new DiscoveryException(repository.slug() + ": " + failed.message());
        };
    }

    /** Unchanged when the listing's marker proves it, or the branch's head commit is the one synced last. */
    private DescriptorScan.Verdict verdict(Candidate candidate, Optional<RepositoryVersion> known) {
        if (known.isPresent() && markerProvesUnchanged(candidate.marker(), known.get())) {
            return new DescriptorScan.Verdict(true, known.get());
        }
        HeadAnswer head;
        try {
            head = head(candidate, known.orElse(null));
        } catch (HostException e) {
            head = new HeadAnswer.Unknown(e.getMessage());
        }
        return switch (head) {
            case HeadAnswer.NotModified notModified -> new DescriptorScan.Verdict(true, new RepositoryVersion(
                    candidate.marker(), known.map(RepositoryVersion::commit).orElse(null),
                    known.map(RepositoryVersion::etag).orElse(null), clock.instant()));
            case HeadAnswer.Commit commit -> {
                RepositoryVersion now = new RepositoryVersion(candidate.marker(), commit.sha(), commit.etag(), clock.instant());
                yield new DescriptorScan.Verdict(known.isPresent() && commit.sha().equals(known.get().commit()), now);
            }
            case HeadAnswer.Unknown unknown -> new DescriptorScan.Verdict(false,
                    new RepositoryVersion(candidate.marker(), null, null, clock.instant()));
        };
    }

    private FileAnswer readAnswer(String providerId, String ref, String path) {
        try {
            return read(providerId, ref, path);
        } catch (HostException e) {
            return new FileAnswer.Failed(e.getMessage());
        }
    }

    private TreeAnswer treeAnswer(String providerId, String ref) {
        try {
            return tree(providerId, ref);
        } catch (HostException e) {
            return new TreeAnswer.Failed(e.getMessage());
        }
    }

    /** A file's bytes, read no further than {@code maxBytes}: an oversized one is a problem of that file alone. */
    FileAnswer readBounded(String target, java.util.Map<String, String> headers, String path, long maxBytes,
                           java.util.function.Function<HostResponse, FileAnswer> answer) {
        HostRequest request = HostRequest.get(target).withMaxBodyBytes(maxBytes);
        for (var header : headers.entrySet()) {
            request = request.withHeader(header.getKey(), header.getValue());
        }
        try {
            return answer.apply(http.send(request));
        } catch (HostException e) {
            if (e.reason() != HostException.Reason.BODY_TOO_LARGE) {
                throw e;
            }
            return new FileAnswer.Failed(path + " is " + (e.declaredSize().isPresent() ? e.declaredSize().getAsLong()
                    + " bytes, more than the " : "more than the ") + maxBytes + " bytes allowed; it was not read");
        }
    }

    /** The JSON at {@code target}, or empty on 404; another error status fails naming {@code what}. */
    final Optional<JsonNode> found(String target, String what) {
        HostResponse response = http.get(target);
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw HostException.answered(http.name() + " answered " + response.status() + " for " + what + ": "
                    + response.errorSummary(), response.status());
        }
        return Optional.of(response.json(http.name() + "'s " + what));
    }

    /** What is discovered, for logs, e.g. {@code GitLab group larkspur}. */
    abstract String scope();

    /** Every repository the API lists, in listing order. */
    abstract List<JsonNode> list();

    /** The listed repository as a candidate, or empty when a filter leaves it out. */
    abstract Optional<Candidate> candidate(JsonNode listed);

    /** True when the repository {@code slug} belongs to the discovered group or organization. */
    abstract boolean withinScope(String slug);

    /** The repository as the listing would show it, asked for by name; empty when it does not exist. */
    abstract Optional<JsonNode> lookup(String slug);

    /** True when the listing's change marker alone shows the repository unchanged since {@code known}. */
    abstract boolean markerProvesUnchanged(String marker, RepositoryVersion known);

    /** The head commit of the candidate's branch, asked as cheaply as the host allows. */
    abstract HeadAnswer head(Candidate candidate, RepositoryVersion known);

    /** One file of a repository at a ref. */
    abstract FileAnswer read(String providerId, String ref, String path);

    /** Every file of a repository at a ref, for descriptor globs. */
    abstract TreeAnswer tree(String providerId, String ref);
}
