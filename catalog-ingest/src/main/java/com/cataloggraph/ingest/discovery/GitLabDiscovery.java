package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.AccessToken;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.HostResponse;
import com.cataloggraph.codehosts.http.Json;
import com.cataloggraph.codehosts.http.Pages;
import com.cataloggraph.codehosts.http.PathEncoding;
import com.cataloggraph.codehosts.http.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Discovers a GitLab group's projects (subgroups included) and reads each one's descriptor, the
 * way Backstage's GitLab discovery provider does.
 *
 * <ul>
 *   <li>{@code GET /groups/:id/projects?include_subgroups=true&archived=false&order_by=id&sort=asc&per_page=50&page=N},
 *       following {@code X-Next-Page} until it is empty;</li>
 *   <li>{@code GET /projects/:id/repository/files/:file_path/raw?ref=BRANCH}, the path URL-encoded
 *       ({@code catalog-info%2Eyaml}); 404 means the project has no such file;</li>
 *   <li>when a sync tracks versions: a project whose {@code last_activity_at} is unchanged and was confirmed more
 *       than {@link #ACTIVITY_THROTTLE} after that time is not read again (GitLab updates the field at most once an
 *       hour); otherwise {@code GET /projects/:id/repository/branches/:branch} gives the head commit, and an
 *       unchanged commit skips the read.</li>
 * </ul>
 * The token goes in the {@code PRIVATE-TOKEN} header.
 */
public final class GitLabDiscovery extends ProviderDiscovery {

    static final int PAGE_SIZE = 50;
    /** GitLab refreshes {@code last_activity_at} at most once an hour, and caches listings for up to 15 minutes. */
    static final Duration ACTIVITY_THROTTLE = Duration.ofMinutes(75);
    private static final int MAX_PAGES = 10_000;

    private final GitLabDiscoveryOptions options;

    public GitLabDiscovery(GitLabDiscoveryOptions options) {
        this(options, AccessToken.fromEnvironment(options.tokenVariable()), HostClient.defaultHttpClient(), Sleeper.REAL,
                Clock.systemUTC());
    }

    GitLabDiscovery(GitLabDiscoveryOptions options, AccessToken token, HttpClient client, Sleeper sleeper, Clock clock) {
        super(options.descriptorPaths(), options.concurrency(), http(options, token, client, sleeper, clock), clock);
        this.options = options;
    }

    private static HostClient http(GitLabDiscoveryOptions options, AccessToken token, HttpClient client,
                                   Sleeper sleeper, Clock clock) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.putAll(token.header("PRIVATE-TOKEN", ""));
        return HostClient.builder("GitLab", options.apiUrl()).headers(headers).retry(options.retry())
                .time(sleeper, clock).httpClient(client).requestTimeout(options.requestTimeout()).build();
    }

    @Override
    String scope() {
        return "GitLab group " + options.group();
    }

    @Override
    List<JsonNode> list() {
        String first = "/groups/" + PathEncoding.segment(options.group()) + "/projects?include_subgroups=true"
                + (options.excludeArchived() ? "&archived=false" : "") + "&order_by=id&sort=asc&per_page=" + PAGE_SIZE
                + "&page=1";
        return new Pages(http, MAX_PAGES).all(first, "projects of group " + options.group(), response ->
                response.status() == 200 ? Optional.empty() : Optional.of("GitLab answered " + response.status()
                        + " listing the projects of group " + options.group() + " (" + response.uri() + "): "
                        + response.errorSummary()));
    }

    @Override
    Optional<Candidate> candidate(JsonNode project) {
        String slug = Json.text(project, "path_with_namespace");
        String defaultBranch = Json.text(project, "default_branch");
        boolean fork = !project.path("forked_from_project").isMissingNode() && !project.path("forked_from_project").isNull();
        if (slug == null
                || options.excludeArchived() && Json.flag(project, "archived")
                || options.excludeForks() && fork
                || Json.flag(project, "empty_repo")
                || options.excludedProjects().contains(slug)
                || options.projectPattern() != null && !options.projectPattern().matcher(slug).find()) {
            return Optional.empty();
        }
        String ref = options.branch() != null ? options.branch() : defaultBranch;
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(DiscoveredRepository.Provider.GITLAB, Json.text(project, "id"), slug,
                Json.uri(project, "web_url"), defaultBranch, ref, Json.text(project, "last_activity_at")));
    }

    /** Below the group's path; a group given by numeric id cannot be checked and admits every project. */
    @Override
    boolean withinScope(String slug) {
        return options.group().chars().allMatch(Character::isDigit)
                || slug.toLowerCase(java.util.Locale.ROOT).startsWith(options.group().toLowerCase(java.util.Locale.ROOT) + "/");
    }

    /** {@code GET /projects/:id} with the URL-encoded path as id. */
    @Override
    Optional<JsonNode> lookup(String slug) {
        return found("/projects/" + PathEncoding.segment(slug), "project " + slug);
    }

    @Override
    boolean markerProvesUnchanged(String marker, RepositoryVersion known) {
        if (marker == null || !marker.equals(known.marker()) || known.verifiedAt() == null) {
            return false;
        }
        try {
            return known.verifiedAt().isAfter(Instant.parse(marker).plus(ACTIVITY_THROTTLE));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code GET /projects/:id/repository/branches/:branch}: {@code commit.id} is the branch's head. */
    @Override
    HeadAnswer head(Candidate candidate, RepositoryVersion known) {
        HostResponse response = http.get("/projects/" + PathEncoding.segment(candidate.providerId())
                + "/repository/branches/" + PathEncoding.segment(candidate.ref()));
        if (response.status() != 200) {
            return new HeadAnswer.Unknown("GitLab answered " + response.status() + " for branch " + candidate.ref());
        }
        String sha = Json.text(response.json("GitLab's branch").path("commit"), "id");
        return sha == null ? new HeadAnswer.Unknown("no commit id") : new HeadAnswer.Commit(sha, null);
    }

    @Override
    FileAnswer read(String projectId, String ref, String path) {
        String target = "/projects/" + PathEncoding.segment(projectId) + "/repository/files/"
                + PathEncoding.fileSegment(path) + "/raw?ref=" + PathEncoding.segment(ref);
        return readBounded(target, Map.of(), path, options.maxFileBytes(), response -> switch (response.status()) {
            case 200 -> new FileAnswer.Found(response.body());
            case 404 -> new FileAnswer.Missing();
            default -> new FileAnswer.Failed("GitLab answered " + response.status() + " for " + path + " at " + ref
                    + ": " + response.errorSummary());
        });
    }

    /**
     * {@code GET /projects/:id/repository/tree?recursive=true&ref=R}, page by page ({@code X-Next-Page});
     * entries of type {@code blob} are files. 404 (an empty repository, a missing ref) lists nothing.
     */
    @Override
    TreeAnswer tree(String projectId, String ref) {
        List<String> paths = new ArrayList<>();
        String first = "/projects/" + PathEncoding.segment(projectId) + "/repository/tree?recursive=true&ref="
                + PathEncoding.segment(ref) + "&per_page=100&page=1";
        boolean[] missing = {false};
        try {
            new Pages(http, MAX_PAGES).forEach(first, "files at " + ref, response -> {
                if (response.status() == 404) {
                    missing[0] = true;
                    return Optional.empty();
                }
                return response.status() == 200 ? Optional.empty() : Optional.of("GitLab answered " + response.status()
                        + " listing the files at " + ref + ": " + response.errorSummary());
            }, page -> page.values().forEach(entry -> {
                if ("blob".equals(Json.text(entry, "type")) && Json.text(entry, "path") != null) {
                    paths.add(Json.text(entry, "path"));
                }
            }));
        } catch (com.cataloggraph.codehosts.http.HostException e) {
            return missing[0] ? new TreeAnswer.Listed(List.of()) : new TreeAnswer.Failed(e.getMessage());
        }
        return new TreeAnswer.Listed(paths);
    }
}
