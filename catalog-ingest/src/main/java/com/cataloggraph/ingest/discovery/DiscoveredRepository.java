package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.PathEncoding;
import java.net.URI;
import java.util.List;

/**
 * A repository that has at least one descriptor file.
 *
 * @param provider      where it was found
 * @param providerId    how the provider's API names it: GitLab's numeric project id, GitHub's {@code owner/name}
 * @param slug          {@code group/subgroup/project} or {@code org/repo}: the repository's name in the catalog
 * @param webUrl        the repository's page, e.g. {@code https://gitlab.com/larkspur/payments-service}
 * @param defaultBranch the repository's default branch
 * @param ref           the branch the files were read from: the configured branch, else the default one
 * @param files         the descriptor files found, in the order the configured paths list them
 * @param version       its version as read (head commit, listing marker), when a sync tracks versions; else null
 */
public record DiscoveredRepository(Provider provider, String providerId, String slug, URI webUrl, String defaultBranch,
                                   String ref, List<DiscoveredFile> files, RepositoryVersion version) {

    public enum Provider { GITLAB, GITHUB }

    public DiscoveredRepository {
        files = List.copyOf(files);
    }

    public DiscoveredRepository(Provider provider, String providerId, String slug, URI webUrl, String defaultBranch,
                                String ref, List<DiscoveredFile> files) {
        this(provider, providerId, slug, webUrl, defaultBranch, ref, files, null);
    }

    /** The head commit the files were read at, when known. */
    public String commit() {
        return version == null ? null : version.commit();
    }

    /**
     * The page of one of its files at {@link #ref()}, e.g.
     * {@code https://gitlab.com/larkspur/payments-service/-/blob/main/catalog-info.yaml}: what
     * Backstage puts in {@code backstage.io/managed-by-location} as {@code url:<this>}.
     */
    public URI fileUrl(String path) {
        String blob = provider == Provider.GITLAB ? "/-/blob/" : "/blob/";
        return URI.create(webUrl + blob + PathEncoding.path(ref) + "/" + PathEncoding.path(path));
    }
}
