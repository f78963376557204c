package com.cataloggraph.mcp.server;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looks at one incoming message before the SDK does, on every transport. The SDK's transports end
 * a stdio session on a line they cannot read and answer HTTP with a serialized exception; here a
 * message that is not JSON gets {@code -32700}, a batch or a malformed message {@code -32600},
 * each as a JSON-RPC error object that never repeats the input, and the session goes on.
 *
 * <p>Batches: MCP 2025-06-18 removed JSON-RPC batching and this server negotiates 2025-11-25 (or
 * 2025-06-18, 2025-03-26 for older clients); no MCP client sends batches, so a batch is refused
 * with one error rather than half-supported.
 */
final class JsonRpcScreen {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;

    /** The largest message a transport reads: tool arguments are short; this leaves room for query_graph params. */
    static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What to do with a message. */
    sealed interface Verdict permits Pass, Refuse {
    }

    /** What kind of message passed. */
    enum Kind { REQUEST, NOTIFICATION, RESPONSE }

    /**
     * Hand it to the SDK.
     *
     * @param method the request's or notification's method, null for a response
     */
    record Pass(Kind kind, Object id, String method) implements Verdict {

        boolean isPing() {
            return kind == Kind.REQUEST && "ping".equals(method);
        }

        /** The answer to a ping: an empty result. */
        String pong() {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("jsonrpc", "2.0");
            response.put("id", id);
            response.put("result", Map.of());
            return JSON.writeValueAsString(response);
        }
    }

    /** Answer it with this error and do not pass it on. */
    record Refuse(Object id, int code, String message) implements Verdict {

        /** The JSON-RPC error response, one line. */
        String json() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("jsonrpc", "2.0");
            response.put("id", id);
            response.put("error", error);
            return JSON.writeValueAsString(response);
        }
    }

    private JsonRpcScreen() {
    }

    static Verdict screen(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Refuse(null, PARSE_ERROR, "Parse error: the message is not valid JSON" + where(e)
                    + "; send one JSON-RPC message per line (stdio) or per request (HTTP)");
        }
        if (message == null || message.isMissingNode()) {
            return new Refuse(null, PARSE_ERROR, "Parse error: the message is empty");
        }
        if (message.isArray()) {
            return new Refuse(null, INVALID_REQUEST, "Invalid Request: JSON-RPC batches are not supported (MCP "
                    + "removed them in 2025-06-18); send each message on its own");
        }
        if (!message.isObject()) {
            return new Refuse(null, INVALID_REQUEST, "Invalid Request: a JSON-RPC message is a JSON object");
        }
        JsonNode id = message.get("id");
        boolean validId = id == null || id.isString() || id.isIntegralNumber();
        Object answerId = validId && id != null ? (id.isString() ? id.asString() : id.numberValue()) : null;
        if (!message.has("jsonrpc") || !"2.0".equals(message.get("jsonrpc").asString(null))) {
            return new Refuse(answerId, INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
        }
        if (!validId) {
            return new Refuse(null, INVALID_REQUEST, "Invalid Request: \"id\" must be a string or an integer");
        }
        JsonNode method = message.get("method");
        if (method != null) {
            if (!method.isString() || method.asString().isEmpty()) {
                return new Refuse(answerId, INVALID_REQUEST, "Invalid Request: \"method\" must be a non-empty string");
            }
            JsonNode params = message.get("params");
            if (params != null && !params.isObject() && !params.isNull()) {
                return new Refuse(answerId, INVALID_REQUEST, "Invalid Request: \"params\" must be an object");
            }
            return new Pass(id != null ? Kind.REQUEST : Kind.NOTIFICATION, answerId, method.asString());
        }
        if (id != null && (message.has("result") || message.has("error"))) {
            return new Pass(Kind.RESPONSE, answerId, null);
        }
        return new Refuse(answerId, INVALID_REQUEST, "Invalid Request: a message needs \"method\" (a request or a "
                + "notification), or \"id\" with \"result\" or \"error\" (a response)");
    }

    /** The message for an input of {@code bytes} bytes, past the limit. */
    static Refuse tooLarge() {
        return new Refuse(null, INVALID_REQUEST, "Invalid Request: the message is larger than " + MAX_MESSAGE_BYTES
                + " bytes");
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
