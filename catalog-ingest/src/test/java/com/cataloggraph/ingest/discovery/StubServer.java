package com.cataloggraph.ingest.discovery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-in for GitLab's or GitHub's API on a free local port: answers requests by their exact
 * raw path and query with the replies a test queued (the last one repeats), answers anything else
 * with {@code fallback}, and records every request so a test can assert exactly what was sent.
 */
final class StubServer implements AutoCloseable {

    record Request(String method, String target, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    record Reply(int status, Map<String, String> headers, byte[] body) {

        static Reply json(int status, String body, String... headerPairs) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], headerPairs[i + 1]);
            }
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }

        static Reply raw(int status, byte[] body, String contentType) {
            return new Reply(status, Map.of("Content-Type", contentType), body);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> routes = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Reply fallback;

    StubServer(Reply fallback) throws IOException {
        this.fallback = fallback;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues replies for one exact target ({@code /path?query}, raw as sent). */
    synchronized StubServer on(String target, Reply... replies) {
        routes.computeIfAbsent(target, t -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    /** Replaces whatever was queued for {@code target}. */
    synchronized StubServer replace(String target, Reply... replies) {
        routes.remove(target);
        return on(target, replies);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> targets() {
        return requests().stream().map(Request::target).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
        Reply reply;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), target, headers));
            Deque<Reply> queued = routes.get(target);
            reply = queued == null ? fallback : queued.size() > 1 ? queued.poll() : queued.peek();
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(reply.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
