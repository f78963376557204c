package com.cataloggraph.ingest.discovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
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
 *       ({@code catalog-info%2Eyaml}); 404 means the project has no such file.</li>
 * </ul>
 * The token goes in the {@code PRIVATE-TOKEN} header.
 */
public final class GitLabDiscovery extends ProviderDiscovery {

    static final int PAGE_SIZE = 50;
    private static final int MAX_PAGES = 10_000;

    private final GitLabDiscoveryOptions options;

    public GitLabDiscovery(GitLabDiscoveryOptions options) {
        this(options, AccessToken.fromEnvironment(options.tokenVariable()), ProviderHttp.defaultClient(), Sleeper.REAL,
                Clock.systemUTC());
    }

    GitLabDiscovery(GitLabDiscoveryOptions options, AccessToken token, HttpClient client, Sleeper sleeper, Clock clock) {
        super(options.descriptorPaths(), options.concurrency(), http(options, token, client, sleeper, clock));
        this.options = options;
    }

    private static ProviderHttp http(GitLabDiscoveryOptions options, AccessToken token, HttpClient client,
                                     Sleeper sleeper, Clock clock) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        token.value().ifPresent(value -> headers.put("PRIVATE-TOKEN", value));
        return new ProviderHttp("GitLab", client, headers, options.retry(), sleeper, clock, options.requestTimeout());
    }

    @Override
    String scope() {
        return "GitLab group " + options.group();
    }

    @Override
    List<JsonNode> list() {
        return listProjects();
    }

    private List<JsonNode> listProjects() {
        List<JsonNode> projects = new ArrayList<>();
        String page = "1";
        for (int pages = 0; page != null && !page.isBlank(); pages++) {
            if (pages == MAX_PAGES) {
                throw new DiscoveryException("GitLab group " + options.group() + " has more than " + MAX_PAGES
                        + " pages of projects; narrow it with a subgroup");
            }
            URI uri = URI.create(options.apiUrl() + "/groups/" + PathEncoding.segment(options.group())
                    + "/projects?include_subgroups=true" + (options.excludeArchived() ? "&archived=false" : "")
                    + "&order_by=id&sort=asc&per_page=" + PAGE_SIZE + "&page=" + page);
            HttpResponse<byte[]> response = http.get(uri, Map.of());
            if (response.statusCode() != 200) {
                throw new DiscoveryException("GitLab answered " + response.statusCode() + " listing the projects of group "
                        + options.group() + " (" + uri + "): " + ProviderMessages.summary(response.body()));
            }
            JsonNode body = JsonFields.parse(response.body(), "GitLab's project list");
            if (!body.isArray()) {
                throw new DiscoveryException("GitLab's project list for group " + options.group() + " is not a JSON array");
            }
            body.values().forEach(projects::add);
            page = response.headers().firstValue("X-Next-Page").orElse(null);
        }
        return projects;
    }

    @Override
    Optional<Candidate> candidate(JsonNode project) {
        String slug = JsonFields.text(project, "path_with_namespace");
        String defaultBranch = JsonFields.text(project, "default_branch");
        boolean fork = !project.path("forked_from_project").isMissingNode() && !project.path("forked_from_project").isNull();
        if (slug == null
                || options.excludeArchived() && JsonFields.flag(project, "archived")
                || options.excludeForks() && fork
                || JsonFields.flag(project, "empty_repo")
                || options.excludedProjects().contains(slug)
                || options.projectPattern() != null && !options.projectPattern().matcher(slug).find()) {
            return Optional.empty();
        }
        String ref = options.branch() != null ? options.branch() : defaultBranch;
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(DiscoveredRepository.Provider.GITLAB, JsonFields.text(project, "id"), slug, JsonFields.uri(project, "web_url"),
                defaultBranch, ref));
    }

    @Override
    FileAnswer read(String projectId, String ref, String path) {
        URI uri = URI.create(options.apiUrl() + "/projects/" + PathEncoding.segment(projectId) + "/repository/files/"
                + PathEncoding.fileSegment(path) + "/raw?ref=" + PathEncoding.segment(ref));
        HttpResponse<byte[]> response = http.get(uri, Map.of());
        return switch (response.statusCode()) {
            case 200 -> response.body().length > options.maxFileBytes()
                    ? new FileAnswer.Failed(path + " is " + response.body().length + " bytes, more than the "
                            + options.maxFileBytes() + " allowed")
                    : new FileAnswer.Found(response.body());
            case 404 -> new FileAnswer.Missing();
            default -> new FileAnswer.Failed("GitLab answered " + response.statusCode() + " for " + path + " at " + ref
                    + ": " + ProviderMessages.summary(response.body()));
        };
    }

    /**
     * {@code GET /projects/:id/repository/tree?recursive=true&ref=R}, page by page ({@code X-Next-Page});
     * entries of type {@code blob} are files. 404 (an empty repository, a missing ref) lists nothing.
     */
    @Override
    TreeAnswer tree(String projectId, String ref) {
        List<String> paths = new ArrayList<>();
        String page = "1";
        for (int pages = 0; page != null && !page.isBlank(); pages++) {
            if (pages == MAX_PAGES) {
                return new TreeAnswer.Failed("more than " + MAX_PAGES + " pages of files at " + ref);
            }
            URI uri = URI.create(options.apiUrl() + "/projects/" + PathEncoding.segment(projectId)
                    + "/repository/tree?recursive=true&ref=" + PathEncoding.segment(ref) + "&per_page=100&page=" + page);
            HttpResponse<byte[]> response = http.get(uri, Map.of());
            if (response.statusCode() == 404) {
                return new TreeAnswer.Listed(List.of());
            }
            if (response.statusCode() != 200) {
                return new TreeAnswer.Failed("GitLab answered " + response.statusCode() + " listing the files at " + ref
                        + ": " + ProviderMessages.summary(response.body()));
            }
            JsonNode body = JsonFields.parse(response.body(), "GitLab's file list");
            if (!body.isArray()) {
                return new TreeAnswer.Failed("GitLab's file list at " + ref + " is not a JSON array");
            }
            body.values().forEach(entry -> {
                if ("blob".equals(JsonFields.text(entry, "type")) && JsonFields.text(entry, "path") != null) {
                    paths.add(JsonFields.text(entry, "path"));
                }
            });
            page = response.headers().firstValue("X-Next-Page").orElse(null);
        }
        return new TreeAnswer.Listed(paths);
    }
}
