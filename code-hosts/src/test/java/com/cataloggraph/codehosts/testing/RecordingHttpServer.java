package com.cataloggraph.codehosts.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free loopback port for stand-ins of GitLab's and GitHub's APIs: a {@link Handler} answers
 * each request, and every request (method, raw target, headers, body) is recorded so a test can assert exactly what
 * was sent and count it.
 */
public final class RecordingHttpServer implements AutoCloseable {

    /** A request as it arrived. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer: status, headers, body. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public static Reply json(int status, String body, String... headerPairs) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], headerPairs[i + 1]);
            }
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply raw(int status, byte[] body, String contentType) {
            return new Reply(status, Map.of("Content-Type", contentType), body);
        }

        public static Reply redirect(int status, String location) {
            return new Reply(status, Map.of("Location", location), new byte[0]);
        }
    }

    /** Answers one request; may write the exchange itself (streaming) and return null. */
    @FunctionalInterface
    public interface Handler {
        Reply answer(Request request, HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Request> requests = new ArrayList<>();
    private volatile Handler handler;

    public RecordingHttpServer(Handler handler) throws IOException {
        this.handler = handler;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void handler(Handler next) {
        this.handler = next;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** {@code METHOD target} of every request, in arrival order. */
    public List<String> targets() {
        return requests().stream().map(r -> r.method() + " " + r.target()).toList();
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    values.getFirst()));
            Request request = new Request(exchange.getRequestMethod(), target, headers,
                    exchange.getRequestBody().readAllBytes());
            synchronized (this) {
                requests.add(request);
            }
            Reply reply = handler.answer(request, exchange);
            if (reply != null) {
                send(exchange, reply);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (a body read only to its limit); nothing to answer
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
        if (!head) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
