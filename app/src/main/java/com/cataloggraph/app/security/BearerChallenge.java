package com.cataloggraph.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers to callers without the right token, as the MCP authorization spec and RFC 6750 /
 * RFC 9728 want them: 401 with {@code WWW-Authenticate: Bearer resource_metadata="..."} pointing
 * at the protected-resource metadata, and 403 {@code insufficient_scope} naming the scope needed.
 */
final class BearerChallenge implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        StringBuilder header = new StringBuilder("Bearer resource_metadata=\"")
                .append(baseUrl(request)).append(METADATA_PATH).append('"');
        String message = "Authentication required: send Authorization: Bearer <token>";
        if (failure instanceof ApiTokenAuthenticationProvider.TokenExpiredException expired) {
            header.append(", error=\"invalid_token\", error_description=\"").append(expired.getMessage()).append('"');
            message = expired.getMessage();
        } else if (failure instanceof InvalidBearerTokenException) {
            header.append(", error=\"invalid_token\", error_description=\"The token is invalid or expired\"");
            message = "The bearer token is invalid or expired";
        }
        write(response, HttpServletResponse.SC_UNAUTHORIZED, header.toString(), "unauthorized", message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String header = "Bearer error=\"insufficient_scope\", scope=\"" + Role.ADMIN.scope()
                + "\", resource_metadata=\"" + baseUrl(request) + METADATA_PATH + "\"";
        write(response, HttpServletResponse.SC_FORBIDDEN, header, "insufficient_scope",
                "This needs the admin role (scope " + Role.ADMIN.scope() + ")");
    }

    static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static void write(HttpServletResponse response, int status, String challenge, String error,
                              String message) throws IOException {
        response.setStatus(status);
        response.setHeader("WWW-Authenticate", challenge);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
