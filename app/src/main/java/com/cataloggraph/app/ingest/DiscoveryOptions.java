package com.cataloggraph.app.ingest;

import com.cataloggraph.ingest.discovery.DiscoveredSource;
import com.cataloggraph.ingest.discovery.GitHubDiscovery;
import com.cataloggraph.ingest.discovery.GitHubDiscoveryOptions;
import com.cataloggraph.ingest.discovery.GitLabDiscovery;
import com.cataloggraph.ingest.discovery.GitLabDiscoveryOptions;
import com.cataloggraph.ingest.source.ScanSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * {@code ingest --gitlab-group GROUP} and {@code --github-org ORG}: repositories discovered over
 * the hosts' REST APIs, with the filters Backstage's discovery providers have. Tokens come from
 * {@code GITLAB_TOKEN} and {@code GITHUB_TOKEN}.
 */
public final class DiscoveryOptions {

    @Option(names = "--gitlab-group", paramLabel = "GROUP",
            description = "Discover the projects of this GitLab group and its subgroups (token: $GITLAB_TOKEN).")
    String gitlabGroup;

    @Option(names = "--gitlab-api", paramLabel = "URL", defaultValue = "${env:GITLAB_API_URL:-https://gitlab.com/api/v4}",
            description = "GitLab API root (default: $GITLAB_API_URL or ${DEFAULT-VALUE}).")
    URI gitlabApi;

    @Option(names = "--github-org", paramLabel = "ORG",
            description = "Discover the repositories of this GitHub organization (token: $GITHUB_TOKEN).")
    String githubOrg;

    @Option(names = "--github-api", paramLabel = "URL", defaultValue = "${env:GITHUB_API_URL:-https://api.github.com}",
            description = "GitHub API root (default: $GITHUB_API_URL or ${DEFAULT-VALUE}).")
    URI githubApi;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Read descriptors from this branch (default: each repository's default branch).")
    String branch;

    @Option(names = "--repository-pattern", paramLabel = "REGEX",
            description = "Only repositories whose group/name path this regular expression finds.")
    Pattern repositoryPattern;

    @Option(names = "--exclude-forks", description = "Skip forks.")
    boolean excludeForks;

    @Option(names = "--include-archived", description = "Also read archived repositories (skipped by default).")
    boolean includeArchived;

    @Option(names = "--descriptor-path", paramLabel = "PATH",
            description = "Descriptor path to look for in each discovered repository, or a glob such as "
                    + "'**/catalog-info.yaml' matched against its file tree (repeatable; default: catalog-info.yaml).")
    List<String> descriptorPaths = new ArrayList<>();

    boolean any() {
        return gitlabGroup != null || githubOrg != null;
    }

    /** The filters given on the command line. */
    DiscoveryFilters filters() {
        return new DiscoveryFilters(branch, repositoryPattern, List.of(), List.of(), List.of(), includeArchived,
                excludeForks, descriptorPaths, null);
    }

    /** Runs the discoveries asked for; a listing that cannot be read at all throws. */
    List<DiscoveredSource> discover(ScanSettings settings, PrintWriter err) {
        List<DiscoveredSource> sources = new ArrayList<>();
        DiscoveryFilters filters = filters();
        if (gitlabGroup != null) {
            GitLabDiscoveryOptions options = filters.gitlab(gitlabGroup, gitlabApi);
            sources.add(report(DiscoveredSource.of(new GitLabDiscovery(options), DiscoveryFilters.sourceId(options),
                    settings), err));
        }
        if (githubOrg != null) {
            GitHubDiscoveryOptions options = filters.github(githubOrg, githubApi);
            sources.add(report(DiscoveredSource.of(new GitHubDiscovery(options), DiscoveryFilters.sourceId(options),
                    settings), err));
        }
        return sources;
    }

    private static DiscoveredSource report(DiscoveredSource source, PrintWriter err) {
        err.println(source.summary());
        err.flush();
        return source;
    }
}
