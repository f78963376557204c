package com.cataloggraph.codehosts.tree;

import com.cataloggraph.codehosts.http.HostException;
import com.cataloggraph.codehosts.http.HostRequest;
import com.cataloggraph.codehosts.http.HostResponse;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.PathEncoding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * GitLab's REST API v4 (documented endpoints only):
 * <ul>
 *   <li>{@code GET /groups/:id/projects?include_subgroups=true&archived=false&order_by=path&sort=asc&per_page=100}
 *       (every page): {@code path_with_namespace}, {@code default_branch}, {@code web_url};</li>
 *   <li>{@code GET /projects/:id/repository/branches/:branch}: {@code commit.id};</li>
 *   <li>{@code GET /projects/:id/repository/tree?ref=SHA&recursive=true&per_page=100} (every page): entries of
 *       {@code type} {@code blob} with {@code id}, {@code path}, {@code mode} ({@code 120000}, a symbolic link,
 *       is left out), without sizes;</li>
 *   <li>{@code GET /projects/:id/repository/blobs/:sha/raw}: the blob's bytes;</li>
 *   <li>{@code HEAD /projects/:id/repository/files/:file_path?ref=SHA}: the size in {@code X-Gitlab-Size}.</li>
 * </ul>
 */
public final class GitLabRepositoryReader implements RepositoryReader {

    private static final String SYMLINK = "120000";

    private final JsonApi api;

    public GitLabRepositoryReader(JsonApi api) {
        this.api = api;
    }

    @Override
    public String kind() {
        return "gitlab";
    }

    @Override
    public List<HostedRepository> repositories(String group) {
        List<HostedRepository> repositories = new ArrayList<>();
        for (JsonNode project : api.getAll("/groups/" + PathEncoding.segment(group)
                + "/projects?include_subgroups=true&archived=false&order_by=path&sort=asc&per_page=100")) {
            if (project.path("archived").asBoolean(false)) {
                continue;
            }
            String branch = project.path("empty_repo").asBoolean(false) ? null : text(project, "default_branch");
            repositories.add(new HostedRepository(text(project, "path_with_namespace"), branch,
                    text(project, "web_url")));
        }
        repositories.sort(Comparator.comparing(HostedRepository::path));
        return repositories;
    }

    @Override
    public String headCommit(HostedRepository repository) {
        JsonNode branch = api.get(project(repository) + "/repository/branches/"
                + PathEncoding.segment(repository.defaultBranch()));
        return branch.path("commit").path("id").stringValue();
    }

    @Override
    public List<TreeEntry> tree(HostedRepository repository, String commit) {
        List<TreeEntry> entries = new ArrayList<>();
        for (JsonNode entry : api.getAll(project(repository) + "/repository/tree?ref=" + PathEncoding.segment(commit)
                + "&recursive=true&per_page=100")) {
            if ("blob".equals(text(entry, "type")) && !SYMLINK.equals(text(entry, "mode"))) {
                entries.add(new TreeEntry(text(entry, "path"), text(entry, "id"), -1));
            }
        }
        return entries;
    }

    @Override
    public byte[] blob(HostedRepository repository, String sha, long maxBytes) {
        String target = project(repository) + "/repository/blobs/" + PathEncoding.segment(sha) + "/raw";
        HostResponse response = api.client().send(HostRequest.get(target).withMaxBodyBytes(maxBytes));
        if (!response.ok()) {
            throw HostException.answered("GitLab GET " + api.client().display(response.uri()) + " answered "
                    + response.status() + ": " + response.errorSummary(), response.status());
        }
        return response.body();
    }

    @Override
    public long size(HostedRepository repository, String commit, String path) {
        HostResponse response = api.client().send(HostRequest.head(project(repository) + "/repository/files/"
                + PathEncoding.fileSegment(path) + "?ref=" + PathEncoding.segment(commit)));
        if (!response.ok()) {
            return -1;
        }
        return response.header("x-gitlab-size").map(String::strip).map(Long::parseLong).orElse(-1L);
    }

    @Override
    public int requests() {
        return api.client().requests();
    }

    private static String project(HostedRepository repository) {
        return "/projects/" + PathEncoding.segment(repository.path());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
