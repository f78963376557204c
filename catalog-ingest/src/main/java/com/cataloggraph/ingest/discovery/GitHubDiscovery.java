package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.AccessToken;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.HostRequest;
import com.cataloggraph.codehosts.http.HostResponse;
import com.cataloggraph.codehosts.http.Json;
import com.cataloggraph.codehosts.http.Pages;
import com.cataloggraph.codehosts.http.PathEncoding;
import com.cataloggraph.codehosts.http.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Discovers a GitHub organization's repositories and reads each one's descriptor, the way
 * Backstage's GitHub discovery provider does.
 *
 * <ul>
 *   <li>{@code GET /orgs/{org}/repos?per_page=100}, following the {@code Link} header's
 *       {@code rel="next"} (only on the configured API's own origin, so the token never leaves it);</li>
 *   <li>{@code GET /repos/{owner}/{repo}/contents/{path}?ref=BRANCH}: a JSON object with the file
 *       base64-encoded; for a file over 1 MB GitHub sends {@code "encoding": "none"} and the file is
 *       fetched again with {@code Accept: application/vnd.github.raw+json}; 404 means no such file;</li>
 *   <li>{@code GET /repos/{owner}/{repo}/git/trees/{ref}?recursive=1} when descriptor paths have globs;</li>
 *   <li>when a sync tracks versions: a repository whose {@code pushed_at} is unchanged is not read again; otherwise
 *       {@code GET /repos/{owner}/{repo}/commits/{ref}} with {@code Accept: application/vnd.github.sha} and the
 *       last {@code ETag} as {@code If-None-Match} (a 304 costs no rate limit) tells whether the head commit moved.</li>
 * </ul>
 * Every request carries {@code Accept: application/vnd.github+json}, {@code X-GitHub-Api-Version}
 * and, when a token is set, {@code Authorization: Bearer}.
 */
public final class GitHubDiscovery extends ProviderDiscovery {

    static final int PAGE_SIZE = 100;
    static final String RAW = "application/vnd.github.raw+json";
    static final String SHA = "application/vnd.github.sha";
    private static final int MAX_PAGES = 10_000;

    private final GitHubDiscoveryOptions options;

    public GitHubDiscovery(GitHubDiscoveryOptions options) {
        this(options, AccessToken.fromEnvironment(options.tokenVariable()), HostClient.defaultHttpClient(), Sleeper.REAL,
                Clock.systemUTC());
    }

    GitHubDiscovery(GitHubDiscoveryOptions options, AccessToken token, HttpClient client, Sleeper sleeper, Clock clock) {
        super(options.descriptorPaths(), options.concurrency(), http(options, token, client, sleeper, clock), clock);
        this.options = options;
    }

    private static HostClient http(GitHubDiscoveryOptions options, AccessToken token, HttpClient client,
                                   Sleeper sleeper, Clock clock) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", options.apiVersion());
        headers.putAll(token.header("Authorization", "Bearer "));
        return HostClient.builder("GitHub", options.apiUrl()).headers(headers).retry(options.retry())
                .time(sleeper, clock).httpClient(client).requestTimeout(options.requestTimeout()).build();
    }

    @Override
    String scope() {
        return "GitHub organization " + options.organization();
    }

    @Override
    List<JsonNode> list() {
        String first = "/orgs/" + PathEncoding.segment(options.organization()) + "/repos?per_page=" + PAGE_SIZE;
        return new Pages(http, MAX_PAGES).all(first, "repositories of " + options.organization(), response ->
                response.status() == 200 ? Optional.empty() : Optional.of("GitHub answered " + response.status()
                        + " listing the repositories of " + options.organization() + " (" + response.uri() + "): "
                        + response.errorSummary()));
    }

    @Override
    Optional<Candidate> candidate(JsonNode repository) {
        String name = Json.text(repository, "name");
        String slug = Json.text(repository, "full_name");
        List<String> topics = new ArrayList<>();
        repository.path("topics").values().forEach(topic -> topics.add(topic.asString()));
        if (name == null || slug == null
                || options.excludeArchived() && Json.flag(repository, "archived")
                || options.excludeForks() && Json.flag(repository, "fork")
                || options.repositoryPattern() != null && !options.repositoryPattern().matcher(name).find()
                || !options.includeTopics().isEmpty() && options.includeTopics().stream().noneMatch(topics::contains)
                || options.excludeTopics().stream().anyMatch(topics::contains)) {
            return Optional.empty();
        }
        String defaultBranch = Json.text(repository, "default_branch");
        String ref = options.branch() != null ? options.branch() : defaultBranch;
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(DiscoveredRepository.Provider.GITHUB, slug, slug,
                Json.uri(repository, "html_url"), defaultBranch, ref, Json.text(repository, "pushed_at")));
    }

    @Override
    boolean withinScope(String slug) {
        return slug.toLowerCase(java.util.Locale.ROOT).startsWith(options.organization().toLowerCase(java.util.Locale.ROOT) + "/");
    }

    /** {@code GET /repos/{owner}/{repo}}. */
    @Override
    Optional<JsonNode> lookup(String slug) {
        return found(repositoryPath(slug), "repository " + slug);
    }

    /** GitHub sets {@code pushed_at} on every push. */
    @Override
    boolean markerProvesUnchanged(String marker, RepositoryVersion known) {
        return marker != null && marker.equals(known.marker());
    }

    @Override
    HeadAnswer head(Candidate candidate, RepositoryVersion known) {
        HostRequest request = HostRequest.get(repositoryPath(candidate.providerId()) + "/commits/"
                + PathEncoding.segment(candidate.ref())).withHeader("Accept", SHA);
        if (known != null && known.etag() != null) {
            request = request.withHeader("If-None-Match", known.etag());
        }
        HostResponse response = http.send(request);
        if (response.status() == 304) {
            return new HeadAnswer.NotModified();
        }
        if (response.status() != 200) {
            return new HeadAnswer.Unknown("GitHub answered " + response.status() + " for " + candidate.ref());
        }
        return new HeadAnswer.Commit(response.text().strip(), response.header("etag").orElse(null));
    }

    @Override
    FileAnswer read(String fullName, String ref, String path) {
        String target = contentsPath(fullName, ref, path);
        // The JSON carries the file base64-encoded: a third larger than the file, plus a little.
        long jsonLimit = options.maxFileBytes() / 3 * 4 + 64 * 1024;
        return readBounded(target, Map.of(), path, jsonLimit, response -> {
            if (response.status() == 404) {
                return new FileAnswer.Missing();
            }
            if (response.status() != 200) {
                return new FileAnswer.Failed("GitHub answered " + response.status() + " for " + path + " at " + ref + ": "
                        + response.errorSummary());
            }
            JsonNode file = response.json("GitHub's answer for " + path);
            if (!file.isObject() || !"file".equals(Json.text(file, "type"))) {
                return new FileAnswer.Failed(path + " is not a file at " + ref);
            }
            long size = file.path("size").asLong(0);
            if (size > options.maxFileBytes()) {
                return new FileAnswer.Failed(path + " is " + size + " bytes, more than the " + options.maxFileBytes()
                        + " bytes allowed; it was not read");
            }
            if ("base64".equals(Json.text(file, "encoding"))) {
                return new FileAnswer.Found(Base64.getMimeDecoder().decode(Objects.requireNonNullElse(
                        Json.text(file, "content"), "")));
            }
            return readRaw(target, path, ref);
        });
    }

    /** Files over 1 MB come without content in JSON; the raw media type returns them as they are. */
    private FileAnswer readRaw(String target, String path, String ref) {
        return readBounded(target, Map.of("Accept", RAW), path, options.maxFileBytes(), response ->
                switch (response.status()) {
                    case 200 -> new FileAnswer.Found(response.body());
                    case 404 -> new FileAnswer.Missing();
                    default -> new FileAnswer.Failed("GitHub answered " + response.status() + " for the raw " + path
                            + " at " + ref + ": " + response.errorSummary());
                });
    }

    /**
     * {@code GET /repos/{owner}/{repo}/git/trees/{ref}?recursive=1}; entries of type {@code blob} are files.
     * A listing GitHub truncated (over its size limits) is a failure, so the repository's entities stay
     * as they were rather than losing those of the files left out. 404 and 409 (no such ref, an empty
     * repository) list nothing.
     */
    @Override
    TreeAnswer tree(String fullName, String ref) {
        HostResponse response = http.get(repositoryPath(fullName) + "/git/trees/" + PathEncoding.segment(ref)
                + "?recursive=1");
        if (response.status() == 404 || response.status() == 409) {
            return new TreeAnswer.Listed(List.of());
        }
        if (response.status() != 200) {
            return new TreeAnswer.Failed("GitHub answered " + response.status() + " listing the files at " + ref
                    + ": " + response.errorSummary());
        }
        JsonNode body = response.json("GitHub's file tree");
        if (Json.flag(body, "truncated")) {
            return new TreeAnswer.Failed("GitHub truncated the file tree at " + ref + " (too many files); name the "
                    + "descriptor paths exactly instead of by a glob");
        }
        List<String> paths = new ArrayList<>();
        body.path("tree").values().forEach(entry -> {
            if ("blob".equals(Json.text(entry, "type")) && Json.text(entry, "path") != null) {
                paths.add(Json.text(entry, "path"));
            }
        });
        return new TreeAnswer.Listed(paths);
    }

    private static String repositoryPath(String fullName) {
        int slash = fullName.indexOf('/');
        return "/repos/" + PathEncoding.segment(fullName.substring(0, slash)) + "/"
                + PathEncoding.segment(fullName.substring(slash + 1));
    }

    private static String contentsPath(String fullName, String ref, String path) {
        return repositoryPath(fullName) + "/contents/" + PathEncoding.path(path) + "?ref=" + PathEncoding.segment(ref);
    }
}
