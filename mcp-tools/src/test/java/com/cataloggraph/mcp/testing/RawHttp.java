package com.cataloggraph.mcp.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 spoken over a plain socket, so tests see exactly what the server sends (every header,
 * repeated ones too) and can keep one connection alive across many requests as a client would.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;

    public RawHttp(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    /** A JSON-RPC initialize request asking for a protocol revision. */
    public static String initialize(String protocolVersion) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + protocolVersion + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw-http\",\"version\":\"1\"}}}";
    }

    /** One answer: status, every header (lowercase names, in order), the body. */
    public record Response(int status, Map<String, List<String>> headerValues, String body) {

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.getFirst();
        }

        public List<String> headers(String name) {
            return headerValues.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** POST on a connection of its own. */
    public Response post(String body, Map<String, String> headers) throws IOException {
        try (Socket socket = open()) {
            write(socket.getOutputStream(), "POST", body, headers, true);
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /** GET on a connection of its own. */
    public Response get(Map<String, String> headers) throws IOException {
        try (Socket socket = open()) {
            write(socket.getOutputStream(), "GET", null, headers, true);
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /** A client that keeps its connection alive, and opens a new one only when the server closes it. */
    public Connection keepAlive() {
        return new Connection();
    }

    public final class Connection implements AutoCloseable {

        private Socket socket;
        private InputStream in;
        private int opened;

        public Response post(String body) throws IOException {
            if (socket == null) {
                socket = open();
                in = new BufferedInputStream(socket.getInputStream());
                opened++;
            }
            write(socket.getOutputStream(), "POST", body, Map.of(), false);
            Response response = read(in);
            if (response.headers("Connection").stream().anyMatch(v -> v.equalsIgnoreCase("close"))) {
                close();
            }
            return response;
        }

        public int connectionsOpened() {
            return opened;
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setSoTimeout(120_000);
        return socket;
    }

    private void write(OutputStream out, String method, String body, Map<String, String> headers, boolean close)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", endpoint.getHost() + ":" + endpoint.getPort());
        all.put("Accept", "application/json, text/event-stream");
        if (body != null) {
            all.put("Content-Type", "application/json");
            all.put("Content-Length", Integer.toString(bytes.length));
        }
        if (close) {
            all.put("Connection", "close");
        }
        all.putAll(headers);
        StringBuilder head = new StringBuilder(method + " " + endpoint.getPath() + " HTTP/1.1\r\n");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without answering");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length").getFirst())));
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            int size;
            while ((size = Integer.parseInt(line(in).trim(), 16)) > 0) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
