package com.cataloggraph.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated caller to the access log, which runs outside the security chain and
 * would otherwise find the security context already cleared.
 */
final class PrincipalAttributeFilter extends OncePerRequestFilter {

    static final String PRINCIPAL = "catalog.principal";
    static final String ROLE = "catalog.role";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            request.setAttribute(PRINCIPAL, authentication.getName());
            boolean admin = authentication.getAuthorities().stream()
                    .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            boolean reader = authentication.getAuthorities().stream()
                    .anyMatch(a -> "ROLE_READER".equals(a.getAuthority()));
            request.setAttribute(ROLE, admin ? "admin" : reader ? "reader" : "none");
        }
        chain.doFilter(request, response);
    }
}
