package com.cataloggraph.agentsmd.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The AGENTS.md generator's settings ({@code catalog.agents-md.*}).
 *
 * @param fileName     the file written in each repository
 * @param branch       the branch proposals are made from
 * @param remote       the git remote that names a checkout's repository (and that {@code local} pushes to)
 * @param labels       labels put on merge and pull requests
 * @param maxReviewers people from the owning team asked to review a proposal (0 for none)
 * @param concurrency  repositories a run works on at once, unless the run says otherwise
 * @param authorName   author and committer of generated commits
 * @param authorEmail  their email
 * @param gitTimeout   how long one git command may take
 * @param maxAttempts  tries per API request that hits a rate limit or a server error
 * @param maxRetryWait the longest wait a host may ask for before a request fails (the run can be resumed later)
 * @param gitlab       the GitLab publisher
 * @param github       the GitHub publisher
 * @param root         the folder of repository checkouts that runs started over GraphQL work on; unset, such
 *                     runs are refused (a caller never chooses a server path)
 * @param publisher    the publisher runs started over GraphQL use when they open merge requests
 * @param host         {@code gitlab:GROUP} or {@code github:ORG}: runs started over GraphQL read that host's
 *                     repositories through its API instead of the checkouts under {@code root}
 * @param cacheDir     where blobs and tree listings read from hosts are cached by SHA, and what each host
 *                     repository last had proposed; unset, {@code ~/.cache/catalog-graph/agents-md}
 * @param maxNested    at most this many nested AGENTS.md files per repository (one per subproject of a monorepo);
 *                     0 for a root file only
 */
@ConfigurationProperties("catalog.agents-md")
public record AgentsMdProperties(@DefaultValue("AGENTS.md") String fileName,
                                 @DefaultValue("catalog-graph/agents-md") String branch,
                                 @DefaultValue("origin") String remote,
                                 @DefaultValue("agents-md") List<String> labels,
                                 @DefaultValue("3") int maxReviewers,
                                 @DefaultValue("4") int concurrency,
                                 @DefaultValue("Catalog Graph") String authorName,
                                 @DefaultValue("catalog-graph@users.noreply.example.com") String authorEmail,
                                 @DefaultValue("2m") Duration gitTimeout,
                                 @DefaultValue("5") int maxAttempts,
                                 @DefaultValue("15m") Duration maxRetryWait,
                                 @DefaultValue Host gitlab,
                                 @DefaultValue Host github,
                                 Path root,
                                 @DefaultValue("local") String publisher,
                                 String host,
                                 Path cacheDir,
                                 @DefaultValue("8") int maxNested) {

    public AgentsMdProperties {
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("catalog.agents-md.file-name must be a file name, was '" + fileName + "'");
        }
        if (branch.isBlank() || branch.contains(" ") || branch.contains("..")) {
            throw new IllegalArgumentException("catalog.agents-md.branch must be a valid branch name, was '" + branch + "'");
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("catalog.agents-md.concurrency must be 1..64, was " + concurrency);
        }
        if (maxReviewers < 0 || maxReviewers > 20) {
            throw new IllegalArgumentException("catalog.agents-md.max-reviewers must be 0..20, was " + maxReviewers);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("catalog.agents-md.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (!List.of("local", "gitlab", "github").contains(publisher)) {
            throw new IllegalArgumentException("catalog.agents-md.publisher must be local, gitlab or github, was '"
                    + publisher + "'");
        }
        if (host != null && !host.isBlank() && !host.matches("(gitlab|github):\\S+")) {
            throw new IllegalArgumentException("catalog.agents-md.host must be gitlab:GROUP or github:ORG, was '"
                    + host + "'");
        }
        if (maxNested < 0 || maxNested > 100) {
            throw new IllegalArgumentException("catalog.agents-md.max-nested must be 0..100, was " + maxNested);
        }
        host = host == null || host.isBlank() ? null : host;
        cacheDir = cacheDir != null ? cacheDir
                : Path.of(System.getProperty("user.home"), ".cache", "catalog-graph", "agents-md");
        labels = List.copyOf(labels);
    }

    /**
     * A code host's API.
     *
     * @param apiUrl      the API root ({@code GITLAB_API_URL}, {@code GITHUB_API_URL})
     * @param token       an access token with API write scope ({@code GITLAB_TOKEN}, {@code GITHUB_TOKEN})
     * @param minInterval the least time between two content-creating requests of a run; GitHub asks for a second
     */
    public record Host(URI apiUrl, String token, Duration minInterval) {

        public boolean hasToken() {
            return token != null && !token.isBlank();
        }
    }
}
