package com.cataloggraph.agentsmd.config;

import com.cataloggraph.agentsmd.source.HostConnection;
import com.cataloggraph.agentsmd.source.HostSource;
import com.cataloggraph.agentsmd.source.ProposalMemory;
import com.cataloggraph.codehosts.tree.BlobCache;
import com.cataloggraph.codehosts.tree.GitHubRepositoryReader;
import com.cataloggraph.codehosts.tree.GitLabRepositoryReader;
import com.cataloggraph.agentsmd.publish.LocalGitPublisher;
import com.cataloggraph.agentsmd.publish.Publisher;
import com.cataloggraph.agentsmd.publish.PublisherFactory;
import com.cataloggraph.agentsmd.publish.github.GitHubPublisher;
import com.cataloggraph.agentsmd.publish.gitlab.GitLabPublisher;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.RequestPacing;
import com.cataloggraph.codehosts.http.RetryPolicy;
import com.cataloggraph.codehosts.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Publishers and host connections made from {@code catalog.agents-md.*}; one per run, so a run's pacing is shared
 * by its workers (a host run reads and proposes through one client).
 */
final class ConfiguredPublishers implements PublisherFactory, HostConnection.Factory, HostApis {

    private final AgentsMdProperties properties;
    private final Clock clock;

    ConfiguredPublishers(AgentsMdProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Publisher create(String kind) {
        return switch (kind) {
            case "local" -> new LocalGitPublisher(properties.remote(), properties.authorName(), properties.authorEmail(),
                    properties.gitTimeout());
            case "gitlab" -> new GitLabPublisher(gitlab(), properties.maxReviewers());
            case "github" -> new GitHubPublisher(github(), properties.maxReviewers());
            default -> throw new IllegalArgumentException("publisher must be local, gitlab or github, was " + kind);
        };
    }

    @Override
    public HostConnection open(String host) {
        int colon = host.indexOf(':');
        String kind = colon < 0 ? host : host.substring(0, colon);
        String owner = colon < 0 ? "" : host.substring(colon + 1).strip();
        if (owner.isEmpty()) {
            throw new IllegalArgumentException("a run's host must be gitlab:GROUP or github:ORG, was " + host);
        }
        BlobCache cache = new BlobCache(properties.cacheDir().resolve("blobs"));
        ProposalMemory memory = new ProposalMemory(properties.cacheDir().resolve("proposals"));
        return switch (kind) {
            case "gitlab" -> {
                JsonApi api = gitlab();
                yield new HostConnection(new HostSource(new GitLabRepositoryReader(api), api.client(), cache, memory,
                        owner), new GitLabPublisher(api, properties.maxReviewers()));
            }
            case "github" -> {
                JsonApi api = github();
                yield new HostConnection(new HostSource(new GitHubRepositoryReader(api), api.client(), cache, memory,
                        owner), new GitHubPublisher(api, properties.maxReviewers()));
            }
            default -> throw new IllegalArgumentException("a run's host must be gitlab:GROUP or github:ORG, was " + host);
        };
    }

    @Override
    public JsonApi api(String kind) {
        return switch (kind) {
            case "gitlab" -> gitlab();
            case "github" -> github();
            default -> throw new IllegalArgumentException("a host is gitlab or github, was " + kind);
        };
    }

    private JsonApi gitlab() {
        return api("GitLab", "gitlab", properties.gitlab(),
                Map.of("PRIVATE-TOKEN", token(properties.gitlab(), "GITLAB_TOKEN", "gitlab")));
    }

    private JsonApi github() {
        return api("GitHub", "github", properties.github(),
                Map.of("Authorization", "Bearer " + token(properties.github(), "GITHUB_TOKEN", "github"),
                        "Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"));
    }

    private JsonApi api(String name, String key, AgentsMdProperties.Host host, Map<String, String> headers) {
        if (host.apiUrl() == null) {
            throw new IllegalArgumentException("the " + key + " publisher needs catalog.agents-md." + key + ".api-url");
        }
        Duration interval = host.minInterval() == null ? Duration.ZERO : host.minInterval();
        return new JsonApi(HostClient.builder(name, host.apiUrl()).headers(Map.of("Accept", "application/json"))
                .headers(headers).pacing(new RequestPacing(interval, clock, Sleeper.REAL))
                .retry(new RetryPolicy(properties.maxAttempts(), properties.maxRetryWait(), Duration.ofSeconds(2)))
                .time(Sleeper.REAL, clock).build());
    }

    private static String token(AgentsMdProperties.Host host, String variable, String key) {
        if (!host.hasToken()) {
            throw new IllegalArgumentException("the " + key + " publisher needs a token: set " + variable
                    + " (or catalog.agents-md." + key + ".token)");
        }
        return host.token();
    }
}
