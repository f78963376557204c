package com.cataloggraph.codehosts.tree;

import com.cataloggraph.codehosts.http.HostException;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.PathEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * GitHub's REST API (documented endpoints only):
 * <ul>
 *   <li>{@code GET /orgs/{org}/repos?type=all&per_page=100} (every page, {@code Link}): {@code full_name},
 *       {@code default_branch}, {@code html_url}, {@code archived}, {@code size} (0 for an empty repository);</li>
 *   <li>{@code GET /repos/{owner}/{repo}/git/ref/heads/{branch}}: {@code object.sha};</li>
 *   <li>{@code GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1}: entries of {@code type} {@code blob} with
 *       {@code path}, {@code mode}, {@code sha}, {@code size}; a {@code truncated} tree is refused rather than read
 *       in part;</li>
 *   <li>{@code GET /repos/{owner}/{repo}/git/blobs/{sha}}: {@code content} in base64 ({@code encoding}).</li>
 * </ul>
 */
public final class GitHubRepositoryReader implements RepositoryReader {

    private static final String SYMLINK = "120000";

    private final JsonApi api;

    public GitHubRepositoryReader(JsonApi api) {
        this.api = api;
    }

    @Override
    public String kind() {
        return "github";
    }

    @Override
    public List<HostedRepository> repositories(String organization) {
        List<HostedRepository> repositories = new ArrayList<>();
        for (JsonNode repo : api.getAll("/orgs/" + PathEncoding.segment(organization) + "/repos?type=all&per_page=100")) {
            if (repo.path("archived").asBoolean(false)) {
                continue;
            }
            String branch = repo.path("size").asLong(1) == 0 ? null : text(repo, "default_branch");
            repositories.add(new HostedRepository(text(repo, "full_name"), branch, text(repo, "html_url")));
        }
        repositories.sort(Comparator.comparing(HostedRepository::path));
        return repositories;
    }

    @Override
    public String headCommit(HostedRepository repository) {
        return api.get(repo(repository) + "/git/ref/heads/" + PathEncoding.path(repository.defaultBranch()))
                .path("object").path("sha").stringValue();
    }

    @Override
    public List<TreeEntry> tree(HostedRepository repository, String commit) {
        JsonNode tree = api.get(repo(repository) + "/git/trees/" + PathEncoding.segment(commit) + "?recursive=1");
        if (tree.path("truncated").asBoolean(false)) {
            throw new HostException(HostException.Reason.MALFORMED, "GitHub's tree of " + repository.path() + " at "
                    + commit + " is truncated (more entries than the API lists at once); it is not analysed in part");
        }
        List<TreeEntry> entries = new ArrayList<>();
        for (JsonNode entry : tree.path("tree")) {
            if ("blob".equals(text(entry, "type")) && !SYMLINK.equals(text(entry, "mode"))) {
                entries.add(new TreeEntry(text(entry, "path"), text(entry, "sha"), entry.path("size").asLong(-1)));
            }
        }
        return entries;
    }

    @Override
    public byte[] blob(HostedRepository repository, String sha, long maxBytes) {
        JsonNode blob = api.get(repo(repository) + "/git/blobs/" + PathEncoding.segment(sha));
        String content = blob.path("content").stringValue("");
        byte[] bytes = "base64".equals(text(blob, "encoding")) ? Base64.getMimeDecoder().decode(content)
                : content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new HostException(HostException.Reason.BODY_TOO_LARGE, "GitHub's blob " + sha + " of "
                    + repository.path() + " has " + bytes.length + " bytes, more than the " + maxBytes + " allowed");
        }
        return bytes;
    }

    @Override
    public long size(HostedRepository repository, String commit, String path) {
        return -1;
    }

    @Override
    public int requests() {
        return api.client().requests();
    }

    private static String repo(HostedRepository repository) {
        return "/repos/" + PathEncoding.path(repository.path());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
