package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.tool.Failures;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import io.modelcontextprotocol.spec.ProtocolVersions;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet on {@code /mcp}: checks each request the way the MCP spec asks and hands only sound
 * ones to the SDK's stateless transport. Every refusal is a short JSON-RPC error object, never an
 * HTML page or a serialized exception:
 * <ul>
 *   <li>a method other than POST (a browser's GET, a session DELETE): 405, {@code Allow: POST};</li>
 *   <li>a browser {@code Origin} not allowed (DNS-rebinding protection): 403;</li>
 *   <li>an {@code MCP-Protocol-Version} this server does not speak: 400;</li>
 *   <li>an {@code Accept} without JSON: 406; a body over {@value JsonRpcScreen#MAX_MESSAGE_BYTES} bytes: 413;</li>
 *   <li>not JSON: 400 with {@code -32700}; a batch, a malformed message or a response: 400 with {@code -32600}.</li>
 * </ul>
 * What the SDK answers is held back ({@link BufferedResponse}); should it fail, the client gets a
 * JSON-RPC error with the request's id, not the SDK's serialized exception.
 */
final class HttpGate extends HttpServlet {

    /** The revisions a request may name, as the stateless transport negotiates them. */
    static final List<String> PROTOCOL_VERSIONS = List.of(ProtocolVersions.MCP_2025_11_25,
            ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_03_26);

    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

    private static final Logger LOG = LoggerFactory.getLogger(HttpGate.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServletStatelessServerTransport transport;
    private final ServerTransportSecurityValidator originCheck;

    HttpGate(HttpServletStatelessServerTransport transport, ServerTransportSecurityValidator originCheck) {
        this.transport = transport;
        this.originCheck = originCheck;
    }

    @Override
    public void init() throws ServletException {
        super.init();
        transport.init(getServletConfig());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            handle(request, response);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | ServletException e) {
            LOG.error("MCP request failed", Failures.shortened(e));
            refuse(response, 500, new JsonRpcScreen.Refuse(null, -32603, "Internal error; the server's log has "
                    + "the details"));
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Allow", "POST, OPTIONS");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            refuse(response, 405, invalid("This is a stateless MCP endpoint: send JSON-RPC messages with POST "
                    + "(there is no event stream to GET and no session to DELETE)"));
            return;
        }
        try {
            originCheck.validateHeaders(headers(request));
        } catch (ServerTransportSecurityException e) {
            refuse(response, e.getStatusCode(), invalid("Forbidden: requests from this browser origin are not "
                    + "allowed (catalog.mcp.allowed-origins)"));
            return;
        }
        String version = request.getHeader(PROTOCOL_VERSION_HEADER);
        if (version != null && !PROTOCOL_VERSIONS.contains(version.trim())) {
            refuse(response, 400, invalid("Unsupported " + PROTOCOL_VERSION_HEADER + " \""
                    + (version.length() > 40 ? version.substring(0, 40) + "…" : version) + "\"; this server speaks "
                    + String.join(", ", PROTOCOL_VERSIONS)));
            return;
        }
        if (!acceptsJson(request.getHeader("Accept"))) {
            refuse(response, 406, invalid("Not acceptable: answers are application/json; send Accept: "
                    + BufferedBodyRequest.ACCEPT));
            return;
        }
        byte[] body = body(request);
        if (body == null) {
            refuse(response, 413, JsonRpcScreen.tooLarge());
            return;
        }
        switch (JsonRpcScreen.screen(new String(body, StandardCharsets.UTF_8))) {
            case JsonRpcScreen.Refuse refuse -> refuse(response, 400, refuse);
            case JsonRpcScreen.Pass pass when pass.kind() == JsonRpcScreen.Kind.RESPONSE ->
                    refuse(response, 400, new JsonRpcScreen.Refuse(pass.id(), JsonRpcScreen.INVALID_REQUEST,
                            "Invalid Request: this stateless server sends no requests, so it takes no responses"));
            case JsonRpcScreen.Pass pass -> forward(request, response, body, pass);
        }
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, byte[] body,
                         JsonRpcScreen.Pass pass) throws IOException, ServletException {
        BufferedResponse answer = new BufferedResponse(response);
        transport.service((jakarta.servlet.ServletRequest) new BufferedBodyRequest(request, body),
                (jakarta.servlet.ServletResponse) answer);
        byte[] bytes = answer.body();
        if (answer.status() >= 400) {
            LOG.warn("The MCP transport answered {} to a {}", answer.status(), pass.kind());
            refuse(response, answer.status(), new JsonRpcScreen.Refuse(pass.id(), -32603,
                    "The request could not be handled: " + sdkMessage(bytes)));
            return;
        }
        response.setStatus(answer.status());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The message of the SDK's error answer, without the exception around it. */
    private static String sdkMessage(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body);
            JsonNode message = error.at("/jsonRpcError/message");
            if (message.isString()) {
                String text = message.asString();
                return text.length() > 200 ? text.substring(0, 200) + "…" : text;
            }
        } catch (RuntimeException e) {
            // not JSON: fall through
        }
        return "internal error";
    }

    /** The body, or null when it is longer than a message may be. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > JsonRpcScreen.MAX_MESSAGE_BYTES) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (body.size() + read > JsonRpcScreen.MAX_MESSAGE_BYTES) {
                    return null;
                }
                body.write(buffer, 0, read);
            }
        }
        return body.toByteArray();
    }

    /** No Accept, or one that takes JSON (the spec wants both JSON and event streams named; JSON is what we send). */
    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("application/json") || lower.contains("*/*") || lower.contains("application/*");
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static JsonRpcScreen.Refuse invalid(String message) {
        return new JsonRpcScreen.Refuse(null, JsonRpcScreen.INVALID_REQUEST, message);
    }

    private static void refuse(HttpServletResponse response, int status, JsonRpcScreen.Refuse refuse)
            throws IOException {
        byte[] json = refuse.json().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
