package com.cataloggraph.app.ui;

import com.cataloggraph.app.security.Role;
import com.cataloggraph.app.security.SecurityProperties;
import com.cataloggraph.graphql.viewer.Viewer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells the GraphQL API who is calling ({@link Viewer} in each request's GraphQL context), so the catalog
 * browser shows admin buttons to admins only. Without authentication configured every caller may start
 * runs, as the mutations then allow; with it, only the admin role may, the same rule the mutation guard
 * enforces (the guard, not this, is what refuses a reader).
 */
@Component
@ConditionalOnWebApplication
class GraphQlViewer implements WebGraphQlInterceptor {

    private static final String ADMIN_AUTHORITY = "ROLE_" + Role.ADMIN.name();

    private final boolean enforced;

    GraphQlViewer(SecurityProperties properties) {
        this.enforced = properties.authenticationConfigured();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Viewer viewer = viewerOf(SecurityContextHolder.getContext().getAuthentication());
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(context -> context.put(Viewer.CONTEXT_KEY, viewer)).build());
        return chain.next(request);
    }

    Viewer viewerOf(Authentication authentication) {
        if (!enforced) {
            return Viewer.UNAUTHENTICATED;
        }
        boolean authenticated = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (!authenticated) {
            return new Viewer(null, false, false);
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
        return new Viewer(authentication.getName(), true, admin);
    }
}
