package com.cataloggraph.app.ingest;

import com.cataloggraph.ingest.discovery.GitHubDiscoveryOptions;
import com.cataloggraph.ingest.discovery.GitLabDiscoveryOptions;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The repository filters {@code ingest --gitlab-group/--github-org} and the sources {@code serve} syncs share, and
 * the one way both turn them into discovery options and a source id (the scope in which repositories that
 * disappear make orphans: a CLI ingest and a sync of the same group reconcile the same files).
 *
 * @param branch            the branch to read, or null for each repository's default branch
 * @param repositoryPattern only repositories whose path this finds, or null for all
 * @param excluded          GitLab {@code path_with_namespace} values to skip
 * @param includeTopics     GitHub: only repositories with one of these topics (empty for all)
 * @param excludeTopics     GitHub: skip repositories with any of these topics
 * @param includeArchived   read archived repositories too
 * @param excludeForks      skip forks
 * @param descriptorPaths   descriptor paths or globs; empty for {@code catalog-info.yaml}
 * @param tokenVariable     the environment variable holding the API token, or null for the host's default
 */
public record DiscoveryFilters(String branch, Pattern repositoryPattern, List<String> excluded, List<String> includeTopics,
                               List<String> excludeTopics, boolean includeArchived, boolean excludeForks,
                               List<String> descriptorPaths, String tokenVariable) {

    public DiscoveryFilters {
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        includeTopics = includeTopics == null ? List.of() : List.copyOf(includeTopics);
        excludeTopics = excludeTopics == null ? List.of() : List.copyOf(excludeTopics);
        descriptorPaths = descriptorPaths == null ? List.of() : List.copyOf(descriptorPaths);
    }

    public GitLabDiscoveryOptions gitlab(String group, URI api) {
        GitLabDiscoveryOptions options = GitLabDiscoveryOptions.forGroup(group).withApiUrl(api).withBranch(branch)
                .withDescriptorPaths(descriptorPaths.isEmpty() ? null : descriptorPaths)
                .withProjectFilter(repositoryPattern, excluded).withArchivedAndForks(!includeArchived, excludeForks);
        return tokenVariable == null ? options : options.withTokenVariable(tokenVariable);
    }

    public GitHubDiscoveryOptions github(String organization, URI api) {
        GitHubDiscoveryOptions options = GitHubDiscoveryOptions.forOrganization(organization).withApiUrl(api)
                .withBranch(branch).withDescriptorPaths(descriptorPaths.isEmpty() ? null : descriptorPaths)
                .withRepositoryFilter(repositoryPattern, includeTopics, excludeTopics)
                .withArchivedAndForks(!includeArchived, excludeForks);
        return tokenVariable == null ? options : options.withTokenVariable(tokenVariable);
    }

    /** {@code gitlab:<api>/groups/<group>}: the reconciliation scope of a GitLab group. */
    public static String sourceId(GitLabDiscoveryOptions options) {
        return "gitlab:" + options.apiUrl() + "/groups/" + options.group();
    }

    /** {@code github:<api>/orgs/<org>}: the reconciliation scope of a GitHub organization. */
    public static String sourceId(GitHubDiscoveryOptions options) {
        return "github:" + options.apiUrl() + "/orgs/" + options.organization();
    }
}
