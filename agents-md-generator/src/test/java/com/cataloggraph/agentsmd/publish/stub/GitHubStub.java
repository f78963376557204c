package com.cataloggraph.agentsmd.publish.stub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * GitHub's REST API as far as the publisher uses it, following the documented request and
 * response shapes: repositories, refs, commits, contents, the Git database (blobs, trees,
 * commits, refs with fast-forward checks), pull requests (list with {@code Link} pagination,
 * create with the duplicate check, update), labels and review requests; for reading without a clone, an
 * organization's repositories, recursive trees and blobs; and issue comments on pull requests (list, create, update).
 */
public final class GitHubStub extends StubServer {

    public static final String TOKEN = "Bearer ghp_test_token";
    private static final Pattern REPO = Pattern.compile("^/repos/([^/]+)/([^/]+)(/.*)?$");
    private static final Pattern ORG_REPOS = Pattern.compile("^/orgs/([^/]+)/repos$");
    private static final Pattern ISSUE_COMMENTS = Pattern.compile("^/issues/(?:(\\d+)/comments|comments/(\\d+))$");

    private final Map<String, Repo> repos = new TreeMap<>();
    private final Set<String> collaborators = new java.util.TreeSet<>();
    private int pageSize = 30;
    private int nextSha = 1;
    private long nextComment = 1;

    public GitHubStub() {
        super("Authorization", TOKEN);
    }

    public synchronized GitHubStub repo(String slug, String defaultBranch, Map<String, String> files) {
        Repo repo = new Repo(slug, defaultBranch);
        repos.put(slug, repo);
        repo.refs.put(defaultBranch, commitOf(repo, new TreeMap<>(files), List.of(), "Initial commit"));
        return this;
    }

    public synchronized GitHubStub collaborator(String login) {
        collaborators.add(login);
        return this;
    }

    public GitHubStub pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    /** An open pull request someone else opened from {@code head} (created from the default branch). */
    public synchronized GitHubStub openPullRequest(String slug, String head, String base) {
        Repo repo = repos.get(slug);
        repo.refs.putIfAbsent(head, repo.refs.get(repo.defaultBranch));
        repo.pulls.add(pull(repo, head, base, "Opened by a person", ""));
        return this;
    }

    /** A branch with its own commit on top of the default branch, e.g. left over from a merged pull request. */
    public synchronized GitHubStub branch(String slug, String branch, Map<String, String> files) {
        Repo repo = repos.get(slug);
        repo.refs.put(branch, commitOf(repo, new TreeMap<>(files), List.of(repo.refs.get(repo.defaultBranch)), "Old"));
        return this;
    }

    public synchronized String file(String slug, String branch, String path) {
        Repo repo = repos.get(slug);
        String sha = repo.refs.get(branch);
        if (sha == null) {
            return null;
        }
        String blob = repo.trees.get(repo.commits.get(sha).tree).get(path);
        return blob == null ? null : repo.blobs.get(blob);
    }

    public synchronized String refSha(String slug, String branch) {
        return repos.get(slug).refs.get(branch);
    }

    public synchronized List<String> parents(String slug, String commit) {
        return repos.get(slug).commits.get(commit).parents;
    }

    public synchronized List<Map<String, Object>> pulls(String slug) {
        return List.copyOf(repos.get(slug).pulls);
    }

    /** A person's commit on top of the branch: it now holds these files. */
    public synchronized GitHubStub push(String slug, String branch, Map<String, String> files) {
        Repo repo = repos.get(slug);
        List<String> parents = repo.refs.containsKey(branch) ? List.of(repo.refs.get(branch)) : List.of();
        repo.refs.put(branch, commitOf(repo, new TreeMap<>(files), parents, "A person's change"));
        return this;
    }

    /** Comments on a pull request (its issue), oldest first. */
    public synchronized List<Map<String, Object>> comments(String slug, int number) {
        return List.copyOf(repos.get(slug).comments.getOrDefault(number, List.of()));
    }

    /** A comment someone else wrote on a pull request. */
    public synchronized GitHubStub comment(String slug, int number, String login, String body) {
        Repo repo = repos.get(slug);
        repo.comments.computeIfAbsent(number, k -> new ArrayList<>()).add(commentOf(repo, login, body));
        return this;
    }

    @Override
    protected synchronized Response handle(String method, String path, Map<String, String> query, JsonNode body) {
        Matcher org = ORG_REPOS.matcher(path);
        if (method.equals("GET") && org.matches()) {
            String prefix = org.group(1) + "/";
            return page(repos.values().stream().filter(r -> r.slug.startsWith(prefix)).map(r -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("name", r.slug.substring(prefix.length()));
                json.put("full_name", r.slug);
                json.put("default_branch", r.defaultBranch);
                json.put("html_url", "https://github.com/" + r.slug);
                json.put("archived", false);
                json.put("size", 1);
                return json;
            }).toList(), path, query);
        }
        Matcher matcher = REPO.matcher(path);
        Repo repo = matcher.matches() ? repos.get(matcher.group(1) + "/" + matcher.group(2)) : null;
        if (repo == null) {
            return notFound();
        }
        String rest = matcher.group(3) == null ? "" : matcher.group(3);
        if (method.equals("GET") && rest.isEmpty()) {
            return Response.json(200, Map.of("full_name", repo.slug, "default_branch", repo.defaultBranch,
                    "html_url", "https://github.com/" + repo.slug));
        }
        if (method.equals("GET") && rest.startsWith("/git/ref/heads/")) {
            String branch = URLDecoder.decode(rest.substring("/git/ref/heads/".length()), StandardCharsets.UTF_8);
            String sha = repo.refs.get(branch);
            return sha == null ? notFound() : Response.json(200, ref(branch, sha));
        }
        if (method.equals("GET") && rest.startsWith("/git/commits/")) {
            Commit commit = repo.commits.get(rest.substring("/git/commits/".length()));
            return commit == null ? notFound() : Response.json(200, Map.of("sha", commit.sha,
                    "tree", Map.of("sha", commit.tree), "message", commit.message,
                    "parents", commit.parents.stream().map(p -> Map.of("sha", p)).toList()));
        }
        if (method.equals("GET") && rest.startsWith("/git/trees/")) {
            return tree(repo, rest.substring("/git/trees/".length()), query.containsKey("recursive"));
        }
        if (method.equals("GET") && rest.startsWith("/git/blobs/")) {
            String sha = rest.substring("/git/blobs/".length());
            String content = repo.blobs.get(sha);
            if (content == null) {
                return notFound();
            }
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            return Response.json(200, Map.of("sha", sha, "node_id", "B_" + sha, "size", bytes.length,
                    "url", "https://api.github.com/repos/" + repo.slug + "/git/blobs/" + sha, "encoding", "base64",
                    "content", Base64.getEncoder().encodeToString(bytes).replaceAll("(.{60})", "$1\n")));
        }
        Matcher issueComments = ISSUE_COMMENTS.matcher(rest);
        if (issueComments.matches()) {
            return comments(repo, method, issueComments.group(1), issueComments.group(2), body, path, query);
        }
        if (method.equals("GET") && rest.startsWith("/contents/")) {
            return contents(repo, URLDecoder.decode(rest.substring("/contents/".length()), StandardCharsets.UTF_8),
                    query.getOrDefault("ref", repo.defaultBranch));
        }
        if (method.equals("POST") && rest.equals("/git/blobs")) {
            String sha = sha();
            repo.blobs.put(sha, body.get("content").stringValue());
            return Response.json(201, Map.of("sha", sha, "url", "https://api.github.com/repos/" + repo.slug + "/git/blobs/" + sha));
        }
        if (method.equals("POST") && rest.equals("/git/trees")) {
            Map<String, String> entries = new TreeMap<>(body.has("base_tree")
                    ? repo.trees.get(body.get("base_tree").stringValue()) : Map.of());
            for (JsonNode entry : body.get("tree")) {
                if (!repo.blobs.containsKey(entry.get("sha").stringValue())) {
                    return Response.json(422, Map.of("message", "Invalid tree info"));
                }
                entries.put(entry.get("path").stringValue(), entry.get("sha").stringValue());
            }
            String sha = sha();
            repo.trees.put(sha, entries);
            return Response.json(201, Map.of("sha", sha, "truncated", false));
        }
        if (method.equals("POST") && rest.equals("/git/commits")) {
            List<String> parents = new ArrayList<>();
            body.get("parents").forEach(p -> parents.add(p.stringValue()));
            String tree = body.get("tree").stringValue();
            if (!repo.trees.containsKey(tree)) {
                return Response.json(422, Map.of("message", "Tree SHA does not exist"));
            }
            Commit commit = new Commit(sha(), tree, parents, body.get("message").stringValue());
            repo.commits.put(commit.sha, commit);
            return Response.json(201, Map.of("sha", commit.sha, "tree", Map.of("sha", tree)));
        }
        if (method.equals("POST") && rest.equals("/git/refs")) {
            String branch = body.get("ref").stringValue().substring("refs/heads/".length());
            if (repo.refs.containsKey(branch)) {
                return Response.json(422, Map.of("message", "Reference already exists"));
            }
            repo.refs.put(branch, body.get("sha").stringValue());
            return Response.json(201, ref(branch, body.get("sha").stringValue()));
        }
        if (method.equals("PATCH") && rest.startsWith("/git/refs/heads/")) {
            String branch = URLDecoder.decode(rest.substring("/git/refs/heads/".length()), StandardCharsets.UTF_8);
            String sha = body.get("sha").stringValue();
            boolean force = body.has("force") && body.get("force").asBoolean();
            if (!force && !descends(repo, sha, repo.refs.get(branch))) {
                return Response.json(422, Map.of("message", "Update is not a fast forward"));
            }
            repo.refs.put(branch, sha);
            return Response.json(200, ref(branch, sha));
        }
        if (method.equals("GET") && rest.equals("/pulls")) {
            return page(repo.pulls.stream().filter(pr -> "open".equals(query.get("state")) == "open".equals(pr.get("state")))
                    .filter(pr -> !query.containsKey("head") || query.get("head").equals(repo.owner() + ":" + pr.get("headRef")))
                    .filter(pr -> !query.containsKey("base") || query.get("base").equals(pr.get("baseRef")))
                    .map(GitHubStub::visible).toList(), path, query);
        }
        if (method.equals("POST") && rest.equals("/pulls")) {
            return createPull(repo, body);
        }
        Matcher pullPath = Pattern.compile("^/pulls/(\\d+)(/requested_reviewers)?$").matcher(rest);
        if (pullPath.matches()) {
            Map<String, Object> pr = repo.pulls.stream().filter(p -> p.get("number").equals(Integer.parseInt(pullPath.group(1))))
                    .findFirst().orElse(null);
            if (pr == null) {
                return notFound();
            }
            if (method.equals("PATCH") && pullPath.group(2) == null) {
                body.properties().forEach(e -> pr.put(e.getKey(), e.getValue().stringValue()));
                return Response.json(200, visible(pr));
            }
            if (method.equals("POST") && pullPath.group(2) != null) {
                List<String> reviewers = new ArrayList<>();
                body.path("reviewers").forEach(r -> reviewers.add(r.stringValue()));
                if (!collaborators.containsAll(reviewers)) {
                    return Response.json(422, Map.of("message", "Reviews may only be requested from collaborators. One "
                            + "or more of the users or teams you specified is not a collaborator of the " + repo.slug
                            + " repository."));
                }
                pr.put("requested_reviewers", reviewers.stream().map(login -> Map.of("login", login)).toList());
                return Response.json(201, visible(pr));
            }
        }
        Matcher labels = Pattern.compile("^/issues/(\\d+)/labels$").matcher(rest);
        if (method.equals("POST") && labels.matches()) {
            List<Map<String, Object>> added = new ArrayList<>();
            body.get("labels").forEach(l -> added.add(Map.of("name", l.stringValue())));
            repo.pulls.stream().filter(p -> p.get("number").equals(Integer.parseInt(labels.group(1)))).findFirst()
                    .ifPresent(pr -> pr.put("labels", added));
            return Response.json(200, added);
        }
        return notFound();
    }

    /** {@code GET /repos/{owner}/{repo}/git/trees/{sha}}: by commit or tree SHA or branch; folders listed as {@code tree}. */
    private Response tree(Repo repo, String ref, boolean recursive) {
        String sha = repo.refs.getOrDefault(ref, ref);
        Commit commit = repo.commits.get(sha);
        Map<String, String> tree = commit != null ? repo.trees.get(commit.tree) : repo.trees.get(sha);
        if (tree == null) {
            return notFound();
        }
        Map<String, Map<String, Object>> entries = new TreeMap<>();
        tree.forEach((file, blob) -> {
            String[] parts = file.split("/");
            for (int depth = 0; depth < parts.length; depth++) {
                String entryPath = String.join("/", java.util.Arrays.copyOf(parts, depth + 1));
                boolean isFile = depth == parts.length - 1;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("path", entryPath);
                entry.put("mode", isFile ? "100644" : "040000");
                entry.put("type", isFile ? "blob" : "tree");
                entry.put("sha", isFile ? blob : String.format("%040x", entryPath.hashCode() & 0xffffffffL));
                if (isFile) {
                    entry.put("size", repo.blobs.get(blob).getBytes(StandardCharsets.UTF_8).length);
                }
                entry.put("url", "https://api.github.com/repos/" + repo.slug + (isFile ? "/git/blobs/" : "/git/trees/")
                        + entry.get("sha"));
                entries.putIfAbsent(entryPath, entry);
                if (!recursive) {
                    break;
                }
            }
        });
        return Response.json(200, Map.of("sha", commit != null ? commit.tree : sha, "url",
                "https://api.github.com/repos/" + repo.slug + "/git/trees/" + sha, "tree", List.copyOf(entries.values()),
                "truncated", false));
    }

    /** Issue comments: {@code GET|POST /issues/{n}/comments}, {@code PATCH /issues/comments/{id}}. */
    private Response comments(Repo repo, String method, String number, String commentId, JsonNode body, String path,
                              Map<String, String> query) {
        if (number != null) {
            int n = Integer.parseInt(number);
            if (repo.pulls.stream().noneMatch(pr -> pr.get("number").equals(n))) {
                return notFound();
            }
            List<Map<String, Object>> list = repo.comments.computeIfAbsent(n, k -> new ArrayList<>());
            if (method.equals("GET")) {
                return page(List.copyOf(list), path, query);
            }
            if (method.equals("POST") && body != null && body.hasNonNull("body")) {
                Map<String, Object> comment = commentOf(repo, "catalog-graph[bot]", body.get("body").stringValue());
                list.add(comment);
                return Response.json(201, comment);
            }
            return Response.json(422, Map.of("message", "Validation Failed"));
        }
        for (List<Map<String, Object>> list : repo.comments.values()) {
            for (Map<String, Object> comment : list) {
                if (String.valueOf(comment.get("id")).equals(commentId) && method.equals("PATCH")) {
                    comment.put("body", body.get("body").stringValue());
                    return Response.json(200, comment);
                }
            }
        }
        return notFound();
    }

    private Map<String, Object> commentOf(Repo repo, String login, String body) {
        long id = nextComment++;
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", id);
        comment.put("body", body);
        comment.put("user", Map.of("login", login, "type", login.endsWith("[bot]") ? "Bot" : "User"));
        comment.put("html_url", "https://github.com/" + repo.slug + "/pull/1#issuecomment-" + id);
        return comment;
    }

    private Response contents(Repo repo, String path, String ref) {
        String sha = repo.refs.containsKey(ref) ? repo.refs.get(ref) : ref;
        Commit commit = repo.commits.get(sha);
        String blob = commit == null ? null : repo.trees.get(commit.tree).get(path);
        if (blob == null) {
            return notFound();
        }
        // GitHub wraps base64 content at 60 characters with newlines.
        String encoded = Base64.getEncoder().encodeToString(repo.blobs.get(blob).getBytes(StandardCharsets.UTF_8))
                .replaceAll("(.{60})", "$1\n");
        return Response.json(200, Map.of("type", "file", "encoding", "base64", "name", path, "path", path,
                "sha", blob, "content", encoded));
    }

    private Response createPull(Repo repo, JsonNode body) {
        String head = body.get("head").stringValue();
        String base = body.get("base").stringValue();
        if (repo.pulls.stream().anyMatch(pr -> "open".equals(pr.get("state")) && head.equals(pr.get("headRef"))
                && base.equals(pr.get("baseRef")))) {
            return Response.json(422, Map.of("message", "Validation Failed", "errors", List.of(Map.of("resource",
                    "PullRequest", "code", "custom", "message", "A pull request already exists for " + repo.owner() + ":"
                            + head + "."))));
        }
        if (!repo.refs.containsKey(head)) {
            return Response.json(422, Map.of("message", "Validation Failed"));
        }
        Map<String, Object> pr = pull(repo, head, base, body.get("title").stringValue(), body.path("body").stringValue(""));
        repo.pulls.add(pr);
        return Response.json(201, visible(pr));
    }

    private Map<String, Object> pull(Repo repo, String head, String base, String title, String body) {
        int number = repo.pulls.size() + 1;
        Map<String, Object> pr = new LinkedHashMap<>();
        pr.put("number", number);
        pr.put("state", "open");
        pr.put("title", title);
        pr.put("body", body);
        pr.put("headRef", head);
        pr.put("baseRef", base);
        pr.put("html_url", "https://github.com/" + repo.slug + "/pull/" + number);
        pr.put("labels", List.of());
        pr.put("requested_reviewers", List.of());
        return pr;
    }

    /** The pull request as the API shows it ({@code head} and {@code base} objects). */
    private static Map<String, Object> visible(Map<String, Object> pr) {
        Map<String, Object> shown = new LinkedHashMap<>(pr);
        shown.remove("headRef");
        shown.remove("baseRef");
        shown.put("head", Map.of("ref", pr.get("headRef")));
        shown.put("base", Map.of("ref", pr.get("baseRef")));
        return shown;
    }

    private Response page(List<Map<String, Object>> all, String path, Map<String, String> query) {
        int perPage = Math.min(pageSize, Integer.parseInt(query.getOrDefault("per_page", "30")));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        Response response = Response.json(200, all.subList(from, to));
        if (to < all.size()) {
            Map<String, String> next = new LinkedHashMap<>(query);
            next.put("per_page", String.valueOf(perPage));
            next.put("page", String.valueOf(page + 1));
            String link = baseUri() + path + "?" + String.join("&", next.entrySet().stream().map(e -> e.getKey() + "="
                    + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
            response = response.withHeaders(Map.of("Link", "<" + link + ">; rel=\"next\""));
        }
        return response;
    }

    private boolean descends(Repo repo, String sha, String ancestor) {
        if (ancestor == null || sha.equals(ancestor)) {
            return true;
        }
        Commit commit = repo.commits.get(sha);
        return commit != null && commit.parents.stream().anyMatch(parent -> descends(repo, parent, ancestor));
    }

    private String commitOf(Repo repo, Map<String, String> files, List<String> parents, String message) {
        Map<String, String> tree = new TreeMap<>();
        files.forEach((path, content) -> {
            String blob = sha();
            repo.blobs.put(blob, content);
            tree.put(path, blob);
        });
        String treeSha = sha();
        repo.trees.put(treeSha, tree);
        Commit commit = new Commit(sha(), treeSha, parents, message);
        repo.commits.put(commit.sha, commit);
        return commit.sha;
    }

    private static Map<String, Object> ref(String branch, String sha) {
        return Map.of("ref", "refs/heads/" + branch, "object", Map.of("sha", sha, "type", "commit"));
    }

    private static Response notFound() {
        return Response.json(404, Map.of("message", "Not Found",
                "documentation_url", "https://docs.github.com/rest", "status", "404"));
    }

    private String sha() {
        return String.format("%040x", nextSha++);
    }

    private record Commit(String sha, String tree, List<String> parents, String message) {
    }

    private static final class Repo {
        final String slug;
        final String defaultBranch;
        final Map<String, String> refs = new TreeMap<>();
        final Map<String, Commit> commits = new HashMap<>();
        final Map<String, Map<String, String>> trees = new HashMap<>();
        final Map<String, String> blobs = new HashMap<>();
        final List<Map<String, Object>> pulls = new ArrayList<>();
        final Map<Integer, List<Map<String, Object>>> comments = new HashMap<>();

        Repo(String slug, String defaultBranch) {
            this.slug = slug;
            this.defaultBranch = defaultBranch;
        }

        String owner() {
            return slug.substring(0, slug.indexOf('/'));
        }
    }
}
