package com.cataloggraph.agentsmd.publish.stub;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * GitLab's REST API v4 as far as the publisher uses it, following the documented request and
 * response shapes: projects, repository files, the commits API with {@code start_branch} and
 * {@code force}, merge requests (list with offset pagination and {@code Link} headers, create,
 * update), user search; for reading without a clone, a group's projects, branches, the recursive tree
 * (offset pagination), raw blobs by SHA and file metadata by {@code HEAD} ({@code X-Gitlab-Size}); and merge-request
 * notes (list, create, update). Errors use GitLab's {@code {"message": ...}} bodies and status codes.
 */
public final class GitLabStub extends StubServer {

    public static final String TOKEN = "glpat-test-token";
    private static final Pattern PROJECT = Pattern.compile("^/api/v4/projects/([^/]+)(/.*)?$");
    private static final Pattern GROUP_PROJECTS = Pattern.compile("^/api/v4/groups/([^/]+)/projects$");
    private static final Pattern BLOB_RAW = Pattern.compile("^/repository/blobs/([0-9a-f]{40})/raw$");
    private static final Pattern NOTES = Pattern.compile("^/merge_requests/(\\d+)/notes(?:/(\\d+))?$");

    private final Map<String, Project> projects = new TreeMap<>();
    private final List<Map<String, Object>> users = new ArrayList<>();
    private final List<Map<String, Object>> mergeRequests = new ArrayList<>();
    private int pageSize = 20;
    private int nextCommit = 1;
    private long nextNote = 1;

    public GitLabStub() {
        super("PRIVATE-TOKEN", TOKEN);
    }

    public URI apiUri() {
        return baseUri().resolve("/api/v4");
    }

    /** A project with a default branch holding these files. */
    public synchronized GitLabStub project(String path, String defaultBranch, Map<String, String> files) {
        Project project = new Project(projects.size() + 1, path, defaultBranch);
        projects.put(path, project);
        setBranch(project, defaultBranch, new TreeMap<>(files));
        return this;
    }

    /** A person's commit: the branch now holds these files. */
    public synchronized GitLabStub push(String projectPath, String branch, Map<String, String> files) {
        setBranch(projects.get(projectPath), branch, new TreeMap<>(files));
        return this;
    }

    /** Notes (comments) on a merge request, oldest first. */
    public synchronized List<Map<String, Object>> notes(String projectPath, long iid) {
        Project project = projects.get(projectPath);
        return List.copyOf(project.notes.getOrDefault(iid, List.of()));
    }

    /** A note someone else wrote on a merge request. */
    public synchronized GitLabStub note(String projectPath, long iid, String author, String body) {
        Project project = projects.get(projectPath);
        project.notes.computeIfAbsent(iid, k -> new ArrayList<>()).add(noteOf(project, author, body));
        return this;
    }

    public synchronized GitLabStub user(long id, String username, String state) {
        users.add(Map.of("id", id, "username", username, "name", username, "state", state,
                "web_url", "https://gitlab.example.com/" + username));
        return this;
    }

    /** An open merge request that exists before the run (e.g. opened by a person). */
    public synchronized GitLabStub openMergeRequest(String projectPath, String source, String target) {
        Project project = projects.get(projectPath);
        if (!project.branches.containsKey(source)) {
            setBranch(project, source, new TreeMap<>(project.branches.get(project.defaultBranch)));
        }
        mergeRequests.add(mergeRequest(project, source, target, "Opened by a person", "", List.of(), List.of()));
        return this;
    }

    /** Lists answer at most this many items per page. */
    public GitLabStub pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    public synchronized String file(String projectPath, String branch, String file) {
        Map<String, String> files = projects.get(projectPath).branches.get(branch);
        return files == null ? null : files.get(file);
    }

    public synchronized List<Map<String, Object>> mergeRequests() {
        return List.copyOf(mergeRequests);
    }

    @Override
    protected synchronized Response handle(String method, String path, Map<String, String> query, JsonNode body) {
        if (method.equals("GET") && path.equals("/api/v4/users")) {
            return page(users.stream().filter(u -> u.get("username").equals(query.get("username"))).toList(), path, query);
        }
        Matcher group = GROUP_PROJECTS.matcher(path);
        if (method.equals("GET") && group.matches()) {
            String prefix = java.net.URLDecoder.decode(group.group(1), StandardCharsets.UTF_8) + "/";
            return page(projects.values().stream().filter(p -> p.path.startsWith(prefix))
                    .filter(p -> "true".equals(query.get("include_subgroups")) || p.path.indexOf('/', prefix.length()) < 0)
                    .map(this::projectJson).toList(), path, query);
        }
        Matcher matcher = PROJECT.matcher(path);
        if (!matcher.matches()) {
            return Response.json(404, "{\"message\":\"404 Not Found\"}");
        }
        Project project = projects.get(java.net.URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
        if (project == null) {
            return Response.json(404, "{\"message\":\"404 Project Not Found\"}");
        }
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        if (method.equals("GET") && rest.isEmpty()) {
            return Response.json(200, projectJson(project));
        }
        if (method.equals("GET") && rest.startsWith("/repository/branches/")) {
            String branch = java.net.URLDecoder.decode(rest.substring("/repository/branches/".length()),
                    StandardCharsets.UTF_8);
            String head = project.heads.get(branch);
            return head == null ? Response.json(404, "{\"message\":\"404 Branch Not Found\"}")
                    : Response.json(200, Map.of("name", branch, "merged", false, "protected", false,
                    "default", branch.equals(project.defaultBranch), "commit", Map.of("id", head,
                            "short_id", head.substring(0, 8))));
        }
        if (method.equals("GET") && rest.equals("/repository/tree")) {
            return tree(project, query, path);
        }
        Matcher blob = BLOB_RAW.matcher(rest);
        if (method.equals("GET") && blob.matches()) {
            String content = project.blobs.get(blob.group(1));
            return content == null ? Response.json(404, "{\"message\":\"404 Blob Not Found\"}")
                    : new Response(200, content, Map.of("Content-Type", "text/plain; charset=utf-8"));
        }
        if (method.equals("HEAD") && rest.startsWith("/repository/files/")) {
            return fileHead(project, java.net.URLDecoder.decode(rest.substring("/repository/files/".length()),
                    StandardCharsets.UTF_8), query.get("ref"));
        }
        Matcher notes = NOTES.matcher(rest);
        if (notes.matches()) {
            return notes(project, method, Long.parseLong(notes.group(1)), notes.group(2), body, path, query);
        }
        if (method.equals("GET") && rest.startsWith("/repository/files/")) {
            return file(project, java.net.URLDecoder.decode(rest.substring("/repository/files/".length()),
                    StandardCharsets.UTF_8), query.get("ref"));
        }
        if (method.equals("POST") && rest.equals("/repository/commits")) {
            return commit(project, body);
        }
        if (method.equals("GET") && rest.equals("/merge_requests")) {
            return page(mergeRequests.stream().filter(mr -> mr.get("project_id").equals(project.id))
                    .filter(mr -> !query.containsKey("state") || mr.get("state").equals(query.get("state")))
                    .filter(mr -> !query.containsKey("source_branch")
                            || mr.get("source_branch").equals(query.get("source_branch"))).toList(), path, query);
        }
        if (method.equals("POST") && rest.equals("/merge_requests")) {
            return createMergeRequest(project, body);
        }
        if (method.equals("PUT") && rest.startsWith("/merge_requests/")) {
            return updateMergeRequest(project, Long.parseLong(rest.substring("/merge_requests/".length())), body);
        }
        return Response.json(404, "{\"message\":\"404 Not Found\"}");
    }

    private Map<String, Object> projectJson(Project project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", project.id);
        json.put("path", project.path.substring(project.path.lastIndexOf('/') + 1));
        json.put("path_with_namespace", project.path);
        json.put("default_branch", project.defaultBranch);
        json.put("web_url", "https://gitlab.example.com/" + project.path);
        json.put("archived", false);
        json.put("empty_repo", false);
        return json;
    }

    /** The files at a branch or commit. */
    private Map<String, String> filesAt(Project project, String ref) {
        if (ref == null) {
            return project.branches.get(project.defaultBranch);
        }
        return project.branches.containsKey(ref) ? project.branches.get(ref) : project.commits.get(ref);
    }

    /** {@code GET /projects/:id/repository/tree}: folders and files ({@code id}, {@code name}, {@code type}, {@code path}, {@code mode}). */
    private Response tree(Project project, Map<String, String> query, String path) {
        Map<String, String> files = filesAt(project, query.get("ref"));
        if (files == null) {
            return Response.json(404, "{\"message\":\"404 Tree Not Found\"}");
        }
        boolean recursive = "true".equals(query.get("recursive"));
        String under = query.getOrDefault("path", "");
        Map<String, Map<String, Object>> entries = new TreeMap<>();
        files.forEach((file, content) -> {
            if (!under.isEmpty() && !file.startsWith(under + "/")) {
                return;
            }
            String[] parts = file.split("/");
            int skip = under.isEmpty() ? 0 : under.split("/").length;
            for (int depth = skip; depth < parts.length; depth++) {
                String entryPath = String.join("/", java.util.Arrays.copyOf(parts, depth + 1));
                boolean isFile = depth == parts.length - 1;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", isFile ? blobSha(content) : blobSha("tree " + entryPath));
                entry.put("name", parts[depth]);
                entry.put("type", isFile ? "blob" : "tree");
                entry.put("path", entryPath);
                entry.put("mode", isFile ? "100644" : "040000");
                entries.putIfAbsent(entryPath, entry);
                if (!recursive) {
                    break;
                }
            }
        });
        return page(List.copyOf(entries.values()), path, query);
    }

    private Response fileHead(Project project, String filePath, String ref) {
        Map<String, String> files = filesAt(project, ref);
        if (files == null || !files.containsKey(filePath)) {
            return new Response(404, null, Map.of());
        }
        String content = files.get(filePath);
        return new Response(200, null, Map.of("X-Gitlab-File-Name", filePath.substring(filePath.lastIndexOf('/') + 1),
                "X-Gitlab-File-Path", filePath, "X-Gitlab-Size",
                String.valueOf(content.getBytes(StandardCharsets.UTF_8).length), "X-Gitlab-Encoding", "base64",
                "X-Gitlab-Ref", ref, "X-Gitlab-Blob-Id", blobSha(content)));
    }

    private Response notes(Project project, String method, long iid, String noteId, JsonNode body, String path,
                           Map<String, String> query) {
        if (mergeRequests.stream().noneMatch(mr -> mr.get("project_id").equals(project.id)
                && ((Number) mr.get("iid")).longValue() == iid)) {
            return Response.json(404, "{\"message\":\"404 Not found\"}");
        }
        List<Map<String, Object>> list = project.notes.computeIfAbsent(iid, k -> new ArrayList<>());
        if (method.equals("GET") && noteId == null) {
            return page(List.copyOf(list), path, query);
        }
        if (method.equals("POST") && noteId == null) {
            if (body == null || !body.hasNonNull("body")) {
                return Response.json(400, "{\"error\":\"body is missing\"}");
            }
            Map<String, Object> note = noteOf(project, "catalog-graph-bot", body.get("body").stringValue());
            list.add(note);
            return Response.json(201, note);
        }
        if (method.equals("PUT") && noteId != null) {
            for (Map<String, Object> note : list) {
                if (String.valueOf(note.get("id")).equals(noteId)) {
                    note.put("body", body.get("body").stringValue());
                    return Response.json(200, note);
                }
            }
            return Response.json(404, "{\"message\":\"404 Note Not Found\"}");
        }
        return Response.json(405, "{\"message\":\"405 Method Not Allowed\"}");
    }

    private Map<String, Object> noteOf(Project project, String author, String body) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("id", nextNote++);
        note.put("body", body);
        note.put("author", Map.of("id", author.hashCode() & 0xffff, "username", author));
        note.put("system", false);
        note.put("noteable_type", "MergeRequest");
        return note;
    }

    /** Records a commit on the branch: its id, and the files it holds, readable by id. */
    private String setBranch(Project project, String branch, Map<String, String> files) {
        String id = String.format("%040x", nextCommit++);
        project.branches.put(branch, files);
        project.heads.put(branch, id);
        project.commits.put(id, files);
        files.values().forEach(content -> project.blobs.put(blobSha(content), content));
        return id;
    }

    /** Git's blob id: SHA-1 of {@code blob <length>\0} and the bytes. */
    public static String blobSha(String content) {
        try {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response file(Project project, String filePath, String ref) {
        Map<String, String> files = filesAt(project, ref);
        if (files == null || !files.containsKey(filePath)) {
            return Response.json(404, "{\"message\":\"404 File Not Found\"}");
        }
        String content = files.get(filePath);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file_name", filePath.substring(filePath.lastIndexOf('/') + 1));
        file.put("file_path", filePath);
        file.put("size", content.getBytes(StandardCharsets.UTF_8).length);
        file.put("encoding", "base64");
        // GitLab wraps nothing, but clients must cope with MIME-style line breaks from other hosts; keep it plain here.
        file.put("content", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
        file.put("ref", ref);
        file.put("blob_id", blobSha(content));
        file.put("commit_id", "c" + nextCommit);
        file.put("last_commit_id", "c" + nextCommit);
        return Response.json(200, file);
    }

    private Response commit(Project project, JsonNode body) {
        for (String field : List.of("branch", "commit_message", "actions")) {
            if (body == null || !body.has(field)) {
                return Response.json(400, "{\"error\":\"" + field + " is missing\"}");
            }
        }
        String branch = body.get("branch").stringValue();
        boolean force = body.has("force") && body.get("force").asBoolean();
        Map<String, String> files;
        if (body.has("start_branch")) {
            Map<String, String> start = project.branches.get(body.get("start_branch").stringValue());
            if (start == null) {
                return Response.json(400, "{\"message\":\"You can only create or edit files when you are on a branch\"}");
            }
            if (project.branches.containsKey(branch) && !force) {
                return Response.json(400, "{\"message\":\"A branch called '" + branch + "' already exists. Switch to "
                        + "that branch in order to make changes\"}");
            }
            files = new TreeMap<>(start);
        } else {
            if (!project.branches.containsKey(branch)) {
                return Response.json(400, "{\"message\":\"You can only create or edit files when you are on a branch\"}");
            }
            files = new TreeMap<>(project.branches.get(branch));
        }
        for (JsonNode action : body.get("actions")) {
            String filePath = action.get("file_path").stringValue();
            String kind = action.get("action").stringValue();
            if (kind.equals("create") && files.containsKey(filePath)) {
                return Response.json(400, "{\"message\":\"A file with this name already exists\"}");
            }
            if (kind.equals("update") && !files.containsKey(filePath)) {
                return Response.json(400, "{\"message\":\"A file with this name doesn't exist\"}");
            }
            files.put(filePath, action.get("content").stringValue());
        }
        String id = setBranch(project, branch, files);
        return Response.json(201, Map.of("id", id, "short_id", id.substring(0, 8),
                "title", body.get("commit_message").stringValue().lines().findFirst().orElse(""),
                "message", body.get("commit_message").stringValue()));
    }

    private Response createMergeRequest(Project project, JsonNode body) {
        String source = body.get("source_branch").stringValue();
        String target = body.get("target_branch").stringValue();
        for (Map<String, Object> mr : mergeRequests) {
            if (mr.get("project_id").equals(project.id) && mr.get("state").equals("opened")
                    && mr.get("source_branch").equals(source) && mr.get("target_branch").equals(target)) {
                return Response.json(409, Map.of("message", List.of("Another open merge request already exists for "
                        + "this source branch: !" + mr.get("iid"))));
            }
        }
        if (!project.branches.containsKey(source)) {
            return Response.json(422, Map.of("message", List.of("Source branch does not exist")));
        }
        List<Object> reviewerIds = new ArrayList<>();
        body.path("reviewer_ids").forEach(id -> reviewerIds.add(id.asLong()));
        List<String> labels = body.has("labels") && !body.get("labels").stringValue().isEmpty()
                ? List.of(body.get("labels").stringValue().split(",")) : List.of();
        Map<String, Object> mr = mergeRequest(project, source, target, body.get("title").stringValue(),
                body.path("description").stringValue(""), labels, reviewerIds);
        mergeRequests.add(mr);
        return Response.json(201, mr);
    }

    private Response updateMergeRequest(Project project, long iid, JsonNode body) {
        for (Map<String, Object> mr : mergeRequests) {
            if (mr.get("project_id").equals(project.id) && ((Number) mr.get("iid")).longValue() == iid) {
                if (body.has("title")) {
                    mr.put("title", body.get("title").stringValue());
                }
                if (body.has("description")) {
                    mr.put("description", body.get("description").stringValue());
                }
                if (body.has("add_labels")) {
                    List<String> labels = new ArrayList<>(castStrings(mr.get("labels")));
                    for (String label : body.get("add_labels").stringValue().split(",")) {
                        if (!label.isEmpty() && !labels.contains(label)) {
                            labels.add(label);
                        }
                    }
                    mr.put("labels", labels);
                }
                return Response.json(200, mr);
            }
        }
        return Response.json(404, "{\"message\":\"404 Not found\"}");
    }

    private Map<String, Object> mergeRequest(Project project, String source, String target, String title,
                                             String description, List<String> labels, List<Object> reviewerIds) {
        long iid = mergeRequests.stream().filter(mr -> mr.get("project_id").equals(project.id)).count() + 1;
        Map<String, Object> mr = new LinkedHashMap<>();
        mr.put("id", 1000 + mergeRequests.size());
        mr.put("iid", iid);
        mr.put("project_id", project.id);
        mr.put("title", title);
        mr.put("description", description);
        mr.put("state", "opened");
        mr.put("source_branch", source);
        mr.put("target_branch", target);
        mr.put("labels", new ArrayList<>(labels));
        mr.put("reviewers", reviewerIds.stream().map(id -> Map.of("id", id)).toList());
        mr.put("web_url", "https://gitlab.example.com/" + project.path + "/-/merge_requests/" + iid);
        return mr;
    }

    /** Offset pagination as GitLab does it: {@code page}, {@code per_page}, {@code X-Next-Page} and {@code Link}. */
    private Response page(List<Map<String, Object>> all, String path, Map<String, String> query) {
        int perPage = Math.min(pageSize, Integer.parseInt(query.getOrDefault("per_page", "20")));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Page", String.valueOf(page));
        headers.put("X-Per-Page", String.valueOf(perPage));
        headers.put("X-Total", String.valueOf(all.size()));
        if (to < all.size()) {
            Map<String, String> next = new LinkedHashMap<>(query);
            next.put("page", String.valueOf(page + 1));
            next.put("per_page", String.valueOf(perPage));
            String link = baseUri() + path + "?" + String.join("&", next.entrySet().stream().map(e -> e.getKey() + "="
                    + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
            headers.put("X-Next-Page", String.valueOf(page + 1));
            headers.put("Link", "<" + link + ">; rel=\"next\"");
        } else {
            headers.put("X-Next-Page", "");
        }
        return Response.json(200, all.subList(from, to)).withHeaders(headers);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castStrings(Object value) {
        return (List<String>) value;
    }

    private static final class Project {
        final int id;
        final String path;
        final String defaultBranch;
        final Map<String, Map<String, String>> branches = new TreeMap<>();
        final Map<String, String> heads = new TreeMap<>();
        final Map<String, Map<String, String>> commits = new java.util.HashMap<>();
        final Map<String, String> blobs = new java.util.HashMap<>();
        final Map<Long, List<Map<String, Object>>> notes = new java.util.HashMap<>();

        Project(int id, String path, String defaultBranch) {
            this.id = id;
            this.path = path;
            this.defaultBranch = defaultBranch;
        }
    }
}
