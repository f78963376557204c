package com.cataloggraph.ingest.discovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 *   <li>{@code GET /repos/{owner}/{repo}/git/trees/{ref}?recursive=1} when descriptor paths have globs.</li>
 * </ul>
 * Every request carries {@code Accept: application/vnd.github+json}, {@code X-GitHub-Api-Version}
 * and, when a token is set, {@code Authorization: Bearer}.
 */
public final class GitHubDiscovery extends ProviderDiscovery {

    static final int PAGE_SIZE = 100;
    static final String RAW = "application/vnd.github.raw+json";
    private static final int MAX_PAGES = 10_000;

    private final GitHubDiscoveryOptions options;

    public GitHubDiscovery(GitHubDiscoveryOptions options) {
        this(options, AccessToken.fromEnvironment(options.tokenVariable()), ProviderHttp.defaultClient(), Sleeper.REAL,
                Clock.systemUTC());
    }

    GitHubDiscovery(GitHubDiscoveryOptions options, AccessToken token, HttpClient client, Sleeper sleeper, Clock clock) {
        super(options.descriptorPaths(), options.concurrency(), http(options, token, client, sleeper, clock));
        this.options = options;
    }

    private static ProviderHttp http(GitHubDiscoveryOptions options, AccessToken token, HttpClient client,
                                     Sleeper sleeper, Clock clock) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", options.apiVersion());
        token.value().ifPresent(value -> headers.put("Authorization", "Bearer " + value));
        return new ProviderHttp("GitHub", client, headers, options.retry(), sleeper, clock, options.requestTimeout());
    }

    @Override
    String scope() {
        return "GitHub organization " + options.organization();
    }

    @Override
    List<JsonNode> list() {
        return listRepositories();
    }

    private List<JsonNode> listRepositories() {
        List<JsonNode> repositories = new ArrayList<>();
        URI next = URI.create(options.apiUrl() + "/orgs/" + PathEncoding.segment(options.organization())
                + "/repos?per_page=" + PAGE_SIZE);
        for (int pages = 0; next != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new DiscoveryException("GitHub organization " + options.organization() + " has more than "
                        + MAX_PAGES + " pages of repositories");
            }
            HttpResponse<byte[]> response = http.get(next, Map.of());
            if (response.statusCode() != 200) {
                throw new DiscoveryException("GitHub answered " + response.statusCode() + " listing the repositories of "
                        + options.organization() + " (" + next + "): " + ProviderMessages.summary(response.body()));
            }
            JsonNode body = JsonFields.parse(response.body(), "GitHub's repository list");
            if (!body.isArray()) {
                throw new DiscoveryException("GitHub's repository list for " + options.organization()
                        + " is not a JSON array");
            }
            body.values().forEach(repositories::add);
            next = LinkHeader.next(response.headers().firstValue("Link").orElse(null)).map(this::onApiOrigin).orElse(null);
        }
        return repositories;
    }

    /** A next-page link elsewhere would carry the token to another host: refuse it. */
    private URI onApiOrigin(URI link) {
        URI api = options.apiUrl();
        if (!Objects.equals(api.getScheme(), link.getScheme()) || !Objects.equals(api.getHost(), link.getHost())
                || api.getPort() != link.getPort()) {
            throw new DiscoveryException("GitHub's next-page link " + link + " leaves " + api + "; not following it");
        }
        return link;
    }

    @Override
    Optional<Candidate> candidate(JsonNode repository) {
        String name = JsonFields.text(repository, "name");
        String slug = JsonFields.text(repository, "full_name");
        List<String> topics = new ArrayList<>();
        repository.path("topics").values().forEach(topic -> topics.add(topic.asString()));
        if (name == null || slug == null
                || options.excludeArchived() && JsonFields.flag(repository, "archived")
                || options.excludeForks() && JsonFields.flag(repository, "fork")
                || options.repositoryPattern() != null && !options.repositoryPattern().matcher(name).find()
                || !options.includeTopics().isEmpty() && options.includeTopics().stream().noneMatch(topics::contains)
                || options.excludeTopics().stream().anyMatch(topics::contains)) {
            return Optional.empty();
        }
        String defaultBranch = JsonFields.text(repository, "default_branch");
        String ref = options.branch() != null ? options.branch() : defaultBranch;
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(DiscoveredRepository.Provider.GITHUB, slug, slug, JsonFields.uri(repository, "html_url"), defaultBranch, ref));
    }

    @Override
    FileAnswer read(String fullName, String ref, String path) {
        URI uri = contentsUri(fullName, ref, path);
        HttpResponse<byte[]> response = http.get(uri, Map.of());
        if (response.statusCode() == 404) {
            return new FileAnswer.Missing();
        }
        if (response.statusCode() != 200) {
            return new FileAnswer.Failed("GitHub answered " + response.statusCode() + " for " + path + " at " + ref + ": "
                    + ProviderMessages.summary(response.body()));
        }
        JsonNode file = JsonFields.parse(response.body(), "GitHub's answer for " + path);
        if (!file.isObject() || !"file".equals(JsonFields.text(file, "type"))) {
            return new FileAnswer.Failed(path + " is not a file at " + ref);
        }
        long size = file.path("size").asLong(0);
        if (size > options.maxFileBytes()) {
            return new FileAnswer.Failed(path + " is " + size + " bytes, more than the " + options.maxFileBytes()
                    + " allowed");
        }
        if ("base64".equals(JsonFields.text(file, "encoding"))) {
            return new FileAnswer.Found(Base64.getMimeDecoder().decode(Objects.requireNonNullElse(
                    JsonFields.text(file, "content"), "")));
        }
        return readRaw(uri, path, ref);
    }

    /** Files over 1 MB come without content in JSON; the raw media type returns them as they are. */
    private FileAnswer readRaw(URI uri, String path, String ref) {
        HttpResponse<byte[]> response = http.get(uri, Map.of("Accept", RAW));
        return switch (response.statusCode()) {
            case 200 -> response.body().length > options.maxFileBytes()
                    ? new FileAnswer.Failed(path + " is more than the " + options.maxFileBytes() + " bytes allowed")
                    : new FileAnswer.Found(response.body());
            case 404 -> new FileAnswer.Missing();
            default -> new FileAnswer.Failed("GitHub answered " + response.statusCode() + " for the raw " + path + " at "
                    + ref + ": " + ProviderMessages.summary(response.body()));
        };
    }

    /**
     * {@code GET /repos/{owner}/{repo}/git/trees/{ref}?recursive=1}; entries of type {@code blob} are files.
     * A listing GitHub truncated (over its size limits) is a failure, so the repository's entities stay
     * as they were rather than losing those of the files left out. 404 and 409 (no such ref, an empty
     * repository) list nothing.
     */
    @Override
    TreeAnswer tree(String fullName, String ref) {
        int slash = fullName.indexOf('/');
        URI uri = URI.create(options.apiUrl() + "/repos/" + PathEncoding.segment(fullName.substring(0, slash)) + "/"
                + PathEncoding.segment(fullName.substring(slash + 1)) + "/git/trees/" + PathEncoding.segment(ref)
                + "?recursive=1");
        HttpResponse<byte[]> response = http.get(uri, Map.of());
        if (response.statusCode() == 404 || response.statusCode() == 409) {
            return new TreeAnswer.Listed(List.of());
        }
        if (response.statusCode() != 200) {
            return new TreeAnswer.Failed("GitHub answered " + response.statusCode() + " listing the files at " + ref
                    + ": " + ProviderMessages.summary(response.body()));
        }
        JsonNode body = JsonFields.parse(response.body(), "GitHub's file tree");
        if (JsonFields.flag(body, "truncated")) {
            return new TreeAnswer.Failed("GitHub truncated the file tree at " + ref + " (too many files); name the "
                    + "descriptor paths exactly instead of by a glob");
        }
        List<String> paths = new ArrayList<>();
        body.path("tree").values().forEach(entry -> {
            if ("blob".equals(JsonFields.text(entry, "type")) && JsonFields.text(entry, "path") != null) {
                paths.add(JsonFields.text(entry, "path"));
            }
        });
        return new TreeAnswer.Listed(paths);
    }

    private URI contentsUri(String fullName, String ref, String path) {
        int slash = fullName.indexOf('/');
        return URI.create(options.apiUrl() + "/repos/" + PathEncoding.segment(fullName.substring(0, slash)) + "/"
                + PathEncoding.segment(fullName.substring(slash + 1)) + "/contents/" + PathEncoding.path(path)
                + "?ref=" + PathEncoding.segment(ref));
    }
}
