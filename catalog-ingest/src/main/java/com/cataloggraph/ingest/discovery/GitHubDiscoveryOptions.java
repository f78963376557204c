package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * GitHub organization discovery, with the filters of Backstage's GitHub discovery provider.
 *
 * @param apiUrl            the API root: {@code https://api.github.com}, or {@code https://HOST/api/v3} for GitHub Enterprise Server
 * @param organization      the organization's login
 * @param branch            the branch to read descriptors from; null for each repository's default branch
 * @param descriptorPaths   paths to look for in each repository (Backstage's {@code catalogPath}), in order
 * @param repositoryPattern only repositories whose name this finds; null for all
 * @param includeTopics     when not empty, only repositories with at least one of these topics
 * @param excludeTopics     skip repositories with any of these topics
 * @param excludeArchived   skip archived repositories
 * @param excludeForks      skip forks
 * @param tokenVariable     the environment variable holding the token (sent as {@code Authorization: Bearer})
 * @param apiVersion        sent as {@code X-GitHub-Api-Version}
 * @param concurrency       repositories read at once
 * @param maxFileBytes      a larger descriptor is reported as a problem instead of being read
 * @param retry             waits for rate limits and server errors
 * @param requestTimeout    the longest one request may take
 */
public record GitHubDiscoveryOptions(URI apiUrl, String organization, String branch, List<String> descriptorPaths,
                                     Pattern repositoryPattern, List<String> includeTopics, List<String> excludeTopics,
                                     boolean excludeArchived, boolean excludeForks, String tokenVariable, String apiVersion,
                                     int concurrency, long maxFileBytes, RetryPolicy retry, Duration requestTimeout) {

    public static final URI GITHUB_COM = URI.create("https://api.github.com");
    public static final String DEFAULT_TOKEN_VARIABLE = "GITHUB_TOKEN";
    public static final String DEFAULT_API_VERSION = "2022-11-28";

    public GitHubDiscoveryOptions {
        Objects.requireNonNull(organization, "organization");
        apiUrl = GitLabDiscoveryOptions.withoutTrailingSlash(Objects.requireNonNullElse(apiUrl, GITHUB_COM));
        descriptorPaths = DescriptorPaths.normalise(descriptorPaths);
        includeTopics = List.copyOf(Objects.requireNonNullElse(includeTopics, List.of()));
        excludeTopics = List.copyOf(Objects.requireNonNullElse(excludeTopics, List.of()));
        tokenVariable = Objects.requireNonNullElse(tokenVariable, DEFAULT_TOKEN_VARIABLE);
        apiVersion = Objects.requireNonNullElse(apiVersion, DEFAULT_API_VERSION);
        retry = Objects.requireNonNullElse(retry, RetryPolicy.DEFAULT);
        requestTimeout = Objects.requireNonNullElse(requestTimeout, Duration.ofSeconds(30));
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
    }

    /** The organization on github.com with Backstage's defaults: default branches, {@code catalog-info.yaml}, no archived repositories, forks allowed. */
    public static GitHubDiscoveryOptions forOrganization(String organization) {
        return new GitHubDiscoveryOptions(GITHUB_COM, organization, null, null, null, null, null, true, false, null, null,
                4, GitLabDiscoveryOptions.DEFAULT_MAX_FILE_BYTES, null, null);
    }

    public GitHubDiscoveryOptions withApiUrl(URI url) {
        return new GitHubDiscoveryOptions(url, organization, branch, descriptorPaths, repositoryPattern, includeTopics,
                excludeTopics, excludeArchived, excludeForks, tokenVariable, apiVersion, concurrency, maxFileBytes, retry,
                requestTimeout);
    }

    public GitHubDiscoveryOptions withBranch(String ref) {
        return new GitHubDiscoveryOptions(apiUrl, organization, ref, descriptorPaths, repositoryPattern, includeTopics,
                excludeTopics, excludeArchived, excludeForks, tokenVariable, apiVersion, concurrency, maxFileBytes, retry,
                requestTimeout);
    }

    public GitHubDiscoveryOptions withDescriptorPaths(List<String> paths) {
        return new GitHubDiscoveryOptions(apiUrl, organization, branch, paths, repositoryPattern, includeTopics,
                excludeTopics, excludeArchived, excludeForks, tokenVariable, apiVersion, concurrency, maxFileBytes, retry,
                requestTimeout);
    }

    public GitHubDiscoveryOptions withRepositoryFilter(Pattern pattern, List<String> withTopics, List<String> withoutTopics) {
        return new GitHubDiscoveryOptions(apiUrl, organization, branch, descriptorPaths, pattern, withTopics,
                withoutTopics, excludeArchived, excludeForks, tokenVariable, apiVersion, concurrency, maxFileBytes, retry,
                requestTimeout);
    }

    public GitHubDiscoveryOptions withArchivedAndForks(boolean skipArchived, boolean skipForks) {
        return new GitHubDiscoveryOptions(apiUrl, organization, branch, descriptorPaths, repositoryPattern, includeTopics,
                excludeTopics, skipArchived, skipForks, tokenVariable, apiVersion, concurrency, maxFileBytes, retry,
                requestTimeout);
    }

    public GitHubDiscoveryOptions withLimits(int parallel, long maxBytes, RetryPolicy retryPolicy) {
        return new GitHubDiscoveryOptions(apiUrl, organization, branch, descriptorPaths, repositoryPattern, includeTopics,
                excludeTopics, excludeArchived, excludeForks, tokenVariable, apiVersion, parallel, maxBytes, retryPolicy,
                requestTimeout);
    }

    public GitHubDiscoveryOptions withTokenVariable(String variable) {
        return new GitHubDiscoveryOptions(apiUrl, organization, branch, descriptorPaths, repositoryPattern, includeTopics,
                excludeTopics, excludeArchived, excludeForks, variable, apiVersion, concurrency, maxFileBytes, retry,
                requestTimeout);
    }
}
