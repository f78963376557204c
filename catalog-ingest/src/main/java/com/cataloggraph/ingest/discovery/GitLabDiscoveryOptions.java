package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * GitLab group discovery, with the filters of Backstage's GitLab discovery provider.
 *
 * @param apiUrl           the API root, e.g. {@code https://gitlab.example.com/api/v4}
 * @param group            the group's id or full path ({@code larkspur} or {@code larkspur/platform}); subgroups are included
 * @param branch           the branch to read descriptors from; null for each project's default branch
 * @param descriptorPaths  paths to look for in each project (Backstage's {@code entityFilename}), in order
 * @param projectPattern   only projects whose {@code path_with_namespace} this finds; null for all
 * @param excludedProjects {@code path_with_namespace} values to skip
 * @param excludeArchived  skip archived projects (asked of the API with {@code archived=false})
 * @param excludeForks     skip forks (projects with {@code forked_from_project})
 * @param tokenVariable    the environment variable holding the token (sent as {@code PRIVATE-TOKEN})
 * @param concurrency      projects read at once
 * @param maxFileBytes     a larger descriptor is reported as a problem instead of being read
 * @param retry            waits for rate limits and server errors
 * @param requestTimeout   the longest one request may take
 */
public record GitLabDiscoveryOptions(URI apiUrl, String group, String branch, List<String> descriptorPaths,
                                     Pattern projectPattern, List<String> excludedProjects, boolean excludeArchived,
                                     boolean excludeForks, String tokenVariable, int concurrency, long maxFileBytes,
                                     RetryPolicy retry, Duration requestTimeout) {

    public static final URI GITLAB_COM = URI.create("https://gitlab.com/api/v4");
    public static final String DEFAULT_TOKEN_VARIABLE = "GITLAB_TOKEN";
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public GitLabDiscoveryOptions {
        Objects.requireNonNull(group, "group");
        apiUrl = withoutTrailingSlash(Objects.requireNonNullElse(apiUrl, GITLAB_COM));
        descriptorPaths = DescriptorPaths.normalise(descriptorPaths);
        excludedProjects = List.copyOf(Objects.requireNonNullElse(excludedProjects, List.of()));
        tokenVariable = Objects.requireNonNullElse(tokenVariable, DEFAULT_TOKEN_VARIABLE);
        retry = Objects.requireNonNullElse(retry, RetryPolicy.DEFAULT);
        requestTimeout = Objects.requireNonNullElse(requestTimeout, Duration.ofSeconds(30));
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
    }

    /** The group on gitlab.com with Backstage's defaults: default branches, {@code catalog-info.yaml}, no archived projects. */
    public static GitLabDiscoveryOptions forGroup(String group) {
        return new GitLabDiscoveryOptions(GITLAB_COM, group, null, null, null, null, true, false, null, 4,
                DEFAULT_MAX_FILE_BYTES, null, null);
    }

    public GitLabDiscoveryOptions withApiUrl(URI url) {
        return new GitLabDiscoveryOptions(url, group, branch, descriptorPaths, projectPattern, excludedProjects,
                excludeArchived, excludeForks, tokenVariable, concurrency, maxFileBytes, retry, requestTimeout);
    }

    public GitLabDiscoveryOptions withBranch(String ref) {
        return new GitLabDiscoveryOptions(apiUrl, group, ref, descriptorPaths, projectPattern, excludedProjects,
                excludeArchived, excludeForks, tokenVariable, concurrency, maxFileBytes, retry, requestTimeout);
    }

    public GitLabDiscoveryOptions withDescriptorPaths(List<String> paths) {
        return new GitLabDiscoveryOptions(apiUrl, group, branch, paths, projectPattern, excludedProjects,
                excludeArchived, excludeForks, tokenVariable, concurrency, maxFileBytes, retry, requestTimeout);
    }

    public GitLabDiscoveryOptions withProjectFilter(Pattern pattern, List<String> excluded) {
        return new GitLabDiscoveryOptions(apiUrl, group, branch, descriptorPaths, pattern, excluded,
                excludeArchived, excludeForks, tokenVariable, concurrency, maxFileBytes, retry, requestTimeout);
    }

    public GitLabDiscoveryOptions withArchivedAndForks(boolean skipArchived, boolean skipForks) {
        return new GitLabDiscoveryOptions(apiUrl, group, branch, descriptorPaths, projectPattern, excludedProjects,
                skipArchived, skipForks, tokenVariable, concurrency, maxFileBytes, retry, requestTimeout);
    }

    public GitLabDiscoveryOptions withLimits(int parallel, long maxBytes, RetryPolicy retryPolicy) {
        return new GitLabDiscoveryOptions(apiUrl, group, branch, descriptorPaths, projectPattern, excludedProjects,
                excludeArchived, excludeForks, tokenVariable, parallel, maxBytes, retryPolicy, requestTimeout);
    }

    public GitLabDiscoveryOptions withTokenVariable(String variable) {
        return new GitLabDiscoveryOptions(apiUrl, group, branch, descriptorPaths, projectPattern, excludedProjects,
                excludeArchived, excludeForks, variable, concurrency, maxFileBytes, retry, requestTimeout);
    }

    static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
