package com.cataloggraph.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for GitLab's REST API v4 over a folder of repositories (a generated catalog): each top-level folder is
 * a project {@code GROUP/<folder>} whose default branch holds the folder's files. It answers, in GitLab's documented
 * shapes, the group's project listing ({@code per_page} up to 100, {@code X-Next-Page}), a project by path, a branch's head commit
 * and raw files; for reading without a clone ({@code bench agents-md}), the recursive tree ({@code id}, {@code type},
 * {@code path}, {@code mode}; offset pages), raw blobs by id and file sizes by {@code HEAD} ({@code X-Gitlab-Size});
 * a "push" replaces a file in memory and moves the branch. It counts requests, so the cost of a sync can be told.
 * For {@code bench freshness} and {@code bench agents-md} only.
 */
final class GitLabStandIn implements AutoCloseable {

    /** GitLab's largest page ({@code per_page} defaults to 20). */
    private static final int MAX_PAGE = 100;

    private final String group;
    private final Path root;
    private final List<String> folders;
    private final Map<String, Map<String, String>> pushed = new ConcurrentHashMap<>();
    private final Map<String, Integer> commits = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Blob id to {@code folder/path}, filled as trees are listed. */
    private final Map<String, String> blobs = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    GitLabStandIn(String group, Path root) throws IOException {
        this.group = group;
        this.root = root;
        try (var children = Files.list(root)) {
            this.folders = children.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v4/", this::answer);
        server.start();
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v4");
    }

    List<String> folders() {
        return folders;
    }

    int requests() {
        return requests.get();
    }

    /** A push to {@code folder}: {@code path} now reads {@code content}, and the branch has a new head commit. */
    void push(String folder, String path, String content) {
        pushed.computeIfAbsent(folder, f -> new ConcurrentHashMap<>()).put(path, content);
        commits.merge(folder, 1, Integer::sum);
    }

    /** The file as the project's default branch has it now. */
    String file(String folder, String path) throws IOException {
        String changed = pushed.getOrDefault(folder, Map.of()).get(path);
        return changed != null ? changed : Files.readString(root.resolve(folder).resolve(path));
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String prefix = "/api/v4/groups/" + group + "/projects";
            if (target.equals(prefix)) {
                listing(exchange, query);
                return;
            }
            String rest = target.substring("/api/v4/projects/".length());
            int slash = rest.indexOf('/');
            String id = URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
            int index = id.matches("\\d+") ? Integer.parseInt(id) - 1
                    : id.startsWith(group + "/") ? folders.indexOf(id.substring(group.length() + 1)) : -1;
            if (index < 0 || index >= folders.size()) {
                send(exchange, 404, "{\"message\":\"404 Project Not Found\"}");
                return;
            }
            String folder = folders.get(index);
            String sub = slash < 0 ? "" : rest.substring(slash);
            if (sub.isEmpty()) {
                send(exchange, 200, project(index));
            } else if (sub.startsWith("/repository/branches/")) {
                send(exchange, 200, "{\"name\":\"main\",\"default\":true,\"commit\":{\"id\":\"" + commit(folder) + "\"}}");
            } else if (sub.equals("/repository/tree")) {
                tree(exchange, folder, query);
            } else if (sub.startsWith("/repository/blobs/") && sub.endsWith("/raw")) {
                String path = blobs.get(sub.substring("/repository/blobs/".length(), sub.length() - 4));
                if (path == null || !path.startsWith(folder + "/")) {
                    send(exchange, 404, "{\"message\":\"404 Blob Not Found\"}");
                } else {
                    send(exchange, 200, Files.readString(root.resolve(path)));
                }
            } else if (exchange.getRequestMethod().equals("HEAD") && sub.startsWith("/repository/files/")) {
                String path = URLDecoder.decode(sub.substring("/repository/files/".length()), StandardCharsets.UTF_8);
                Path file = root.resolve(folder).resolve(path).normalize();
                if (!file.startsWith(root.resolve(folder)) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.getResponseHeaders().add("X-Gitlab-Size", String.valueOf(Files.size(file)));
                    exchange.getResponseHeaders().add("X-Gitlab-File-Path", path);
                    exchange.sendResponseHeaders(200, -1);
                }
            } else if (sub.startsWith("/repository/files/") && sub.endsWith("/raw")) {
                String path = URLDecoder.decode(sub.substring("/repository/files/".length(), sub.length() - 4),
                        StandardCharsets.UTF_8);
                Path file = root.resolve(folder).resolve(path).normalize();
                if (!file.startsWith(root.resolve(folder)) || !Files.isRegularFile(file)
                        && !pushed.getOrDefault(folder, Map.of()).containsKey(path)) {
                    send(exchange, 404, "{\"message\":\"404 File Not Found\"}");
                } else {
                    send(exchange, 200, file(folder, path));
                }
            } else {
                send(exchange, 404, "{\"message\":\"404 Not Found\"}");
            }
        }
    }

    /** The folder's files as GitLab's recursive tree listing (blobs only here; their ids are git blob ids). */
    private void tree(HttpExchange exchange, String folder, String query) throws IOException {
        Page requested = Page.of(query);
        int page = requested.number();
        int size = requested.size();
        Path base = root.resolve(folder);
        List<Path> files;
        try (var walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> entries = new ArrayList<>();
        for (int i = (page - 1) * size; i < Math.min(files.size(), page * size); i++) {
            String path = base.relativize(files.get(i)).toString().replace('\\', '/');
            String id = blobId(Files.readAllBytes(files.get(i)));
            blobs.put(id, folder + "/" + path);
            entries.add("{\"id\":\"%s\",\"name\":\"%s\",\"type\":\"blob\",\"path\":\"%s\",\"mode\":\"100644\"}"
                    .formatted(id, path.substring(path.lastIndexOf('/') + 1).replace("\"", "\\\""),
                            path.replace("\"", "\\\"")));
        }
        boolean more = page * size < files.size();
        exchange.getResponseHeaders().add("X-Next-Page", more ? String.valueOf(page + 1) : "");
        send(exchange, 200, "[" + String.join(",", entries) + "]");
    }

    /** GitLab's offset pagination: {@code page} (from 1, default 1) and {@code per_page} (default 20, capped). */
    private record Page(int number, int size) {

        static Page of(String query) {
            int page = 1;
            int size = 20;
            for (String parameter : query == null ? new String[0] : query.split("&")) {
                if (parameter.startsWith("page=")) {
                    page = Integer.parseInt(parameter.substring(5));
                } else if (parameter.startsWith("per_page=")) {
                    size = Math.min(MAX_PAGE, Integer.parseInt(parameter.substring(9)));
                }
            }
            return new Page(page, size);
        }
    }

    private static String blobId(byte[] bytes) {
        try {
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void listing(HttpExchange exchange, String query) throws IOException {
        Page requested = Page.of(query);
        int page = requested.number();
        int size = requested.size();
        List<String> projects = new ArrayList<>();
        for (int i = (page - 1) * size; i < Math.min(folders.size(), page * size); i++) {
            projects.add(project(i));
        }
        boolean more = page * size < folders.size();
        exchange.getResponseHeaders().add("X-Page", String.valueOf(page));
        exchange.getResponseHeaders().add("X-Per-Page", String.valueOf(size));
        exchange.getResponseHeaders().add("X-Next-Page", more ? String.valueOf(page + 1) : "");
        exchange.getResponseHeaders().add("X-Total", String.valueOf(folders.size()));
        send(exchange, 200, "[" + String.join(",", projects) + "]");
    }

    private String project(int index) {
        String path = group + "/" + folders.get(index);
        return ("{\"id\":%d,\"name\":\"%s\",\"path\":\"%s\",\"path_with_namespace\":\"%s\",\"default_branch\":\"main\","
                + "\"web_url\":\"https://gitlab.example.com/%s\",\"archived\":false,\"empty_repo\":false,"
                + "\"last_activity_at\":\"2026-01-05T10:00:00.000Z\"}").formatted(index + 1, folders.get(index),
                folders.get(index), path, path);
    }

    private String commit(String folder) {
        return String.format("%040x", (long) folder.hashCode() * 31 + commits.getOrDefault(folder, 0));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
