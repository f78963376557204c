package com.cataloggraph.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON line per HTTP request on the {@code catalog.access} logger: who (principal and role),
 * what (method, path, and the MCP method and tool or GraphQL operation read from the body), how
 * long, the status, and rows when the handler reports them in the {@value #ROWS} attribute.
 * Headers, tokens and query variables are never logged.
 */
public final class AccessLogFilter extends OncePerRequestFilter {

    /** Request attribute a handler may set to the number of rows or items it returned. */
    public static final String ROWS = "catalog.rows";
    /** Request attribute a handler may set to name the operation more precisely than the body does. */
    public static final String OPERATION = "catalog.operation";

    private static final Logger LOG = LoggerFactory.getLogger("catalog.access");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BODY_LIMIT = 64 * 1024;
    private static final Pattern GRAPHQL_FIRST_FIELD = Pattern.compile(
            "^\\s*(query|mutation|subscription)?\\s*(\\w+)?\\s*(\\([^)]*\\))?\\s*\\{\\s*(\\w+)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!LOG.isInfoEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, BODY_LIMIT);
        long started = System.nanoTime();
        try {
            chain.doFilter(cached, response);
        } finally {
            LOG.info(line(cached, response.getStatus(), (System.nanoTime() - started) / 1_000_000));
        }
    }

    private static String line(ContentCachingRequestWrapper request, int status, long millis) {
        Map<String, Object> entry = new LinkedHashMap<>();
        Object principal = request.getAttribute(PrincipalAttributeFilter.PRINCIPAL);
        entry.put("principal", principal == null ? "anonymous" : principal);
        entry.put("role", request.getAttribute(PrincipalAttributeFilter.ROLE));
        entry.put("method", request.getMethod());
        entry.put("path", request.getRequestURI());
        Object operation = request.getAttribute(OPERATION);
        entry.put("operation", operation != null ? operation : operationFromBody(request));
        entry.put("status", status);
        entry.put("ms", millis);
        entry.put("rows", request.getAttribute(ROWS));
        entry.values().removeIf(value -> value == null);
        return JSON.writeValueAsString(entry);
    }

    /** The MCP method (and tool) or the GraphQL operation, from the JSON body the handler already read. */
    static String operationFromBody(ContentCachingRequestWrapper request) {
        byte[] body = request.getContentAsByteArray();
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json.has("jsonrpc")) {
                String method = json.path("method").asString("response");
                String tool = json.path("params").path("name").asString("");
                return tool.isEmpty() ? method : method + " " + tool;
            }
            if (json.has("query")) {
                String name = json.path("operationName").asString("");
                return name.isEmpty() ? graphQlShape(json.path("query").asString("")) : name;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String graphQlShape(String query) {
        Matcher matcher = GRAPHQL_FIRST_FIELD.matcher(query);
        if (!matcher.find()) {
            return "graphql";
        }
        String type = matcher.group(1) == null ? "query" : matcher.group(1);
        return type + " " + matcher.group(4);
    }
}
