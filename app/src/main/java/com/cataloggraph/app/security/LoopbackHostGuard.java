package com.cataloggraph.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * DNS-rebinding protection for a server without authentication. Such a server listens on the
 * loopback interface only ({@link ExposureGuard}), but a web page a developer opens can point its
 * own host name at 127.0.0.1 and then call the catalog as if same-origin: read it all, start an
 * ingest or an AGENTS.md run. Its requests carry that host name, so any {@code Host} that is not a
 * loopback name ({@code localhost}, {@code *.localhost}, 127.0.0.0/8, {@code [::1]}) is refused
 * with 403. Names are never resolved: resolving is exactly what the attacker controls.
 *
 * <p>Off with authentication configured (a page cannot attach a bearer token it does not have)
 * and with {@code --insecure} (something in front is trusted to check callers).
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LoopbackHostGuard extends OncePerRequestFilter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    private final boolean enforced;

    LoopbackHostGuard(SecurityProperties properties) {
        this.enforced = !properties.authenticationConfigured() && !properties.insecure();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (!enforced || host == null || isLoopbackHost(host)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"forbidden_host\",\"message\":\"Without authentication this server "
                + "answers only requests addressed to localhost or a loopback address (DNS-rebinding protection); "
                + "configure API tokens or OIDC to serve other host names\"}");
    }

    /** A {@code Host} header naming this machine's loopback interface, with or without a port. */
    static boolean isLoopbackHost(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && IPV6.matcher(host.substring(1, end)).matches()
                    && isLoopbackLiteral(host.substring(1, end));
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || IPV4.matcher(host).matches()
                && isLoopbackLiteral(host);
    }

    /** An IP literal only: {@link InetAddress#getByName} does not look literals up. */
    private static boolean isLoopbackLiteral(String literal) {
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
