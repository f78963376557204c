package com.cataloggraph.app.sync;

import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.json;
import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.raw;

import com.cataloggraph.codehosts.http.PathEncoding;
import com.cataloggraph.codehosts.testing.RecordingHttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for GitLab's REST API v4 as its documentation shapes it, for the endpoints sync uses: a group's
 * projects ({@code GET /groups/:id/projects}, paged with {@code X-Next-Page}), a project by its URL-encoded path
 * ({@code GET /projects/:id}, 404 {@code {"message":"404 Project Not Found"}}), a branch's head commit
 * ({@code GET /projects/:id/repository/branches/:branch}) and a raw file
 * ({@code GET /projects/:id/repository/files/:file_path/raw?ref=}, 404 {@code {"message":"404 File Not Found"}}).
 * Every request is recorded, so a test counts what a sync cost.
 */
final class GitLabApiStub implements AutoCloseable {

    /** A project: its files on its default branch and that branch's head commit. */
    static final class Project {
        final int id;
        volatile String path;
        final Map<String, String> files = new ConcurrentHashMap<>();
        volatile String commit = UUID.randomUUID().toString().replace("-", "") + "00000000";
        volatile String lastActivityAt = "2026-01-05T10:00:00.000Z";

        Project(int id, String path) {
            this.id = id;
            this.path = path;
        }

        /** A push: the file changes, the branch moves to a new commit, the project shows activity. */
        void push(String file, String content) {
            files.put(file, content);
            commit = UUID.randomUUID().toString().replace("-", "") + "00000000";
            lastActivityAt = java.time.Instant.now().toString();
        }
    }

    private final String group;
    private final Map<Integer, Project> projects = new ConcurrentHashMap<>();
    private final RecordingHttpServer server;

    GitLabApiStub(String group) throws IOException {
        this.group = group;
        this.server = new RecordingHttpServer((request, exchange) -> answer(request.target()));
    }

    URI api() {
        return URI.create(server.base() + "/api/v4");
    }

    Project add(int id, String path, Map<String, String> files) {
        Project project = new Project(id, path);
        project.files.putAll(files);
        projects.put(id, project);
        return project;
    }

    Project project(int id) {
        return projects.get(id);
    }

    void remove(int id) {
        projects.remove(id);
    }

    List<RecordingHttpServer.Request> requests() {
        return server.requests();
    }

    List<String> targets() {
        return server.requests().stream().map(RecordingHttpServer.Request::target).toList();
    }

    private RecordingHttpServer.Reply answer(String target) {
        String listing = "/api/v4/groups/" + PathEncoding.segment(group) + "/projects?";
        if (target.startsWith(listing)) {
            StringBuilder body = new StringBuilder("[");
            projects.values().stream().sorted((a, b) -> Integer.compare(a.id, b.id)).forEach(project ->
                    body.append(body.length() > 1 ? "," : "").append(describe(project)));
            return json(200, body.append("]").toString(), "X-Page", "1", "X-Per-Page", "50", "X-Next-Page", "",
                    "X-Total", String.valueOf(projects.size()), "X-Total-Pages", "1");
        }
        String rest = target.substring("/api/v4/projects/".length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        Project project = find(id);
        if (project == null) {
            return json(404, "{\"message\":\"404 Project Not Found\"}");
        }
        if (slash < 0) {
            return json(200, describe(project));
        }
        String sub = rest.substring(slash);
        if (sub.startsWith("/repository/branches/")) {
            return json(200, "{\"name\":\"main\",\"merged\":false,\"protected\":true,\"default\":true,"
                    + "\"commit\":{\"id\":\"" + project.commit + "\",\"short_id\":\"" + project.commit.substring(0, 8)
                    + "\",\"title\":\"Update\"}}");
        }
        if (sub.startsWith("/repository/files/")) {
            String encoded = sub.substring("/repository/files/".length(), sub.indexOf("/raw?"));
            String path = java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            String content = project.files.get(path);
            return content == null ? json(404, "{\"message\":\"404 File Not Found\"}")
                    : raw(200, content.getBytes(StandardCharsets.UTF_8), "text/plain");
        }
        return json(404, "{\"message\":\"404 Not Found\"}");
    }

    private Project find(String id) {
        String decoded = java.net.URLDecoder.decode(id, StandardCharsets.UTF_8);
        for (Project project : projects.values()) {
            if (String.valueOf(project.id).equals(decoded) || project.path.equals(decoded)) {
                return project;
            }
        }
        return null;
    }

    private String describe(Project project) {
        return ("{\"id\":%d,\"description\":null,\"name\":\"%s\",\"path\":\"%s\",\"path_with_namespace\":\"%s\","
                + "\"default_branch\":\"main\",\"web_url\":\"https://gitlab.example.com/%s\",\"archived\":false,"
                + "\"empty_repo\":false,\"visibility\":\"private\",\"last_activity_at\":\"%s\"}").formatted(project.id,
                name(project), name(project), project.path, project.path, project.lastActivityAt);
    }

    private static String name(Project project) {
        return project.path.substring(project.path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        server.close();
    }
}
