package com.cataloggraph.app.sync;

import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.json;

import com.cataloggraph.codehosts.testing.RecordingHttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for GitHub's REST API as its documentation shapes it, for what sync uses: an organization's
 * repositories ({@code GET /orgs/{org}/repos}), one repository ({@code GET /repos/{owner}/{repo}}), a branch's
 * commit SHA ({@code GET /repos/{owner}/{repo}/commits/{ref}} with {@code Accept: application/vnd.github.sha},
 * an {@code ETag}, 304 for a matching {@code If-None-Match}) and a file's contents (base64 JSON).
 */
final class GitHubApiStub implements AutoCloseable {

    private record Repository(String fullName, Map<String, String> files, String commit, String pushedAt) {
    }

    private final String organization;
    private final Map<String, Repository> repositories = new ConcurrentHashMap<>();
    private final RecordingHttpServer server;

    GitHubApiStub(String organization) throws IOException {
        this.organization = organization;
        this.server = new RecordingHttpServer((request, exchange) -> answer(request));
    }

    URI api() {
        return server.base();
    }

    void add(String fullName, Map<String, String> files) {
        repositories.put(fullName, new Repository(fullName, new ConcurrentHashMap<>(files), sha(),
                "2026-01-05T10:00:00Z"));
    }

    /** A push: the file changes, the branch moves, {@code pushed_at} moves. */
    void push(String fullName, String file, String content) {
        Repository before = repositories.get(fullName);
        before.files().put(file, content);
        repositories.put(fullName, new Repository(fullName, before.files(), sha(), java.time.Instant.now().toString()));
    }

    private RecordingHttpServer.Reply answer(RecordingHttpServer.Request request) {
        String target = request.target();
        if (target.startsWith("/orgs/" + organization + "/repos")) {
            StringBuilder body = new StringBuilder("[");
            repositories.values().forEach(repository -> body.append(body.length() > 1 ? "," : "").append(describe(repository)));
            return json(200, body.append("]").toString());
        }
        for (Repository repository : repositories.values()) {
            String prefix = "/repos/" + repository.fullName();
            if (target.equals(prefix)) {
                return json(200, describe(repository));
            }
            if (target.startsWith(prefix + "/commits/")) {
                String etag = "\"" + repository.commit() + "\"";
                if (etag.equals(request.header("If-None-Match"))) {
                    return new RecordingHttpServer.Reply(304, Map.of("ETag", etag), new byte[0]);
                }
                return new RecordingHttpServer.Reply(200, Map.of("Content-Type", "application/vnd.github.sha",
                        "ETag", etag), repository.commit().getBytes(StandardCharsets.UTF_8));
            }
            if (target.startsWith(prefix + "/contents/")) {
                String path = target.substring((prefix + "/contents/").length(), target.indexOf('?'));
                String content = repository.files().get(path);
                if (content == null) {
                    return json(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
                }
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                return json(200, """
                        {"type":"file","encoding":"base64","size":%d,"name":"%s","path":"%s","content":"%s","sha":"%s"}
                        """.formatted(bytes.length, path, path, Base64.getMimeEncoder().encodeToString(bytes)
                        .replace("\r\n", "\\n"), sha()));
            }
        }
        return json(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
    }

    private static String describe(Repository repository) {
        String name = repository.fullName().substring(repository.fullName().indexOf('/') + 1);
        return ("{\"id\":1296269,\"name\":\"%s\",\"full_name\":\"%s\",\"html_url\":\"https://github.com/%s\","
                + "\"default_branch\":\"main\",\"archived\":false,\"fork\":false,\"topics\":[],\"pushed_at\":\"%s\"}")
                .formatted(name, repository.fullName(), repository.fullName(), repository.pushedAt());
    }

    private static String sha() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 40);
    }

    @Override
    public void close() {
        server.close();
    }
}
