package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.tree.BlobCache;
import com.cataloggraph.codehosts.tree.HostedRepository;
import com.cataloggraph.codehosts.tree.RemoteSnapshot;
import com.cataloggraph.codehosts.tree.RepositoryReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The repositories of a GitLab group (subgroups included) or GitHub organization, read through the host's API:
 * one listing for the run, then per repository its head commit, the tree listing (unless that commit was listed
 * before) and only the blobs the detectors read (unless cached). Archived and empty repositories are left out.
 */
public final class HostSource implements RepositorySource {

    private final RepositoryReader reader;
    private final HostClient client;
    private final BlobCache cache;
    private final ProposalMemory memory;
    private final String owner;

    /**
     * @param client the client under {@code reader}, for request and rate-limit counts
     * @param owner  the group's full path or the organization's login
     */
    public HostSource(RepositoryReader reader, HostClient client, BlobCache cache, ProposalMemory memory, String owner) {
        this.reader = reader;
        this.client = client;
        this.cache = cache;
        this.memory = memory;
        this.owner = owner;
    }

    /** {@code gitlab:acme/platform} or {@code github:acme}: what a run records as its root. */
    public String describe() {
        return reader.kind() + ":" + owner;
    }

    @Override
    public List<SourceRepository> repositories(Predicate<String> nameFilter) {
        return reader.repositories(owner).stream()
                .filter(repository -> repository.defaultBranch() != null)
                .filter(repository -> nameFilter.test(repository.path()) || nameFilter.test(repository.name()))
                .map(repository -> (SourceRepository) new Hosted(repository)).toList();
    }

    @Override
    public int requests() {
        return client.requests();
    }

    @Override
    public int rateLimitWaits() {
        return client.rateLimitWaits();
    }

    private final class Hosted implements SourceRepository {

        private final HostedRepository repository;
        private volatile String commit;

        Hosted(HostedRepository repository) {
            this.repository = repository;
        }

        @Override
        public String name() {
            return repository.path();
        }

        @Override
        public Checkout checkout() {
            return new Checkout(repository.name(), null, repository.webUrl());
        }

        @Override
        public RepositoryTree tree() {
            RemoteSnapshot snapshot = RemoteSnapshot.ofDefaultBranch(reader, cache, repository);
            commit = snapshot.commit();
            return RemoteTrees.of(snapshot);
        }

        @Override
        public Optional<String> alreadyProposed(String digest) {
            return memory.get(describe(), repository.path())
                    .filter(proposed -> proposed.commit().equals(commit) && proposed.digest().equals(digest))
                    .map(proposed -> "proposed before: " + repository.defaultBranch() + " is still at "
                            + commit.substring(0, Math.min(12, commit.length())) + " and the draft is the same (digest "
                            + digest + ")");
        }

        @Override
        public void proposed(String digest) {
            if (commit != null) {
                memory.put(describe(), repository.path(), new ProposalMemory.Proposed(commit, digest));
            }
        }
    }
}
