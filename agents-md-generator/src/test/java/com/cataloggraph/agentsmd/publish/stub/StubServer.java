package com.cataloggraph.agentsmd.publish.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A code-host API stand-in on the JDK's HTTP server, on a free loopback port: records every
 * request, checks the token, can answer the next matching requests with a rate-limit response,
 * and hands the rest to {@link #handle}.
 */
public abstract class StubServer implements AutoCloseable {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<Interruption> interruptions = new ArrayDeque<>();
    private final String tokenHeader;
    private final String token;

    protected StubServer(String tokenHeader, String token) {
        this.tokenHeader = tokenHeader;
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::dispatch);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests received so far, as {@code METHOD /path?query}. */
    public List<String> targets() {
        return requests.stream().map(RecordedRequest::target).toList();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    /** The next request whose target starts with {@code prefix} gets {@code status} with these headers and body. */
    public synchronized void interruptNext(String prefix, int status, Map<String, String> headers, String body) {
        interruptions.add(new Interruption(prefix, status, headers, body));
    }

    /** Handles a request that passed authentication; {@code path} is raw (still percent-encoded). */
    protected abstract Response handle(String method, String path, Map<String, String> query, JsonNode body);

    @Override
    public void close() {
        server.stop(0);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? null : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            String target = exchange.getRequestMethod() + " " + raw;
            requests.add(new RecordedRequest(target, body));
            Interruption interruption = takeInterruption(target);
            Response response;
            if (interruption != null) {
                response = new Response(interruption.status, interruption.body, interruption.headers);
            } else if (!token.equals(exchange.getRequestHeaders().getFirst(tokenHeader))) {
                response = Response.json(401, "{\"message\":\"401 Unauthorized\"}");
            } else {
                response = handle(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        query(exchange.getRequestURI()), body);
            }
            response.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] out = response.body == null ? new byte[0] : response.body.getBytes(StandardCharsets.UTF_8);
            if (response.body != null && !response.headers.containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(response.status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private synchronized Interruption takeInterruption(String target) {
        for (Interruption interruption : interruptions) {
            if (target.startsWith(interruption.prefix)) {
                interruptions.remove(interruption);
                return interruption;
            }
        }
        return null;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(key, value);
            }
        }
        return query;
    }

    protected static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A response to send. */
    public record Response(int status, String body, Map<String, String> headers) {

        public static Response json(int status, String body) {
            return new Response(status, body, Map.of());
        }

        public static Response json(int status, Object value) {
            return new Response(status, StubServer.json(value), Map.of());
        }

        public Response withHeaders(Map<String, String> extra) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(extra);
            return new Response(status, body, all);
        }
    }

    private record Interruption(String prefix, int status, Map<String, String> headers, String body) {
    }
}
