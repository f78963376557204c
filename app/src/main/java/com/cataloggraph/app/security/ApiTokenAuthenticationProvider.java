package com.cataloggraph.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates bearer tokens that are static API tokens, refusing expired ones. A token shaped
 * like a JWT is left to the JWT provider when OIDC is configured.
 */
final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final boolean jwtConfigured;

    ApiTokenAuthenticationProvider(ApiTokens tokens, boolean jwtConfigured) {
        this.tokens = tokens;
        this.jwtConfigured = jwtConfigured;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        var entry = tokens.lookup(token);
        if (entry.isPresent()) {
            if (tokens.expired(entry.get())) {
                throw new TokenExpiredException("The API token expired at " + entry.get().expires());
            }
            return new ApiTokenAuthentication(entry.get());
        }
        if (jwtConfigured && looksLikeJwt(token)) {
            return null;
        }
        throw new InvalidBearerTokenException("The bearer token is not a valid API token");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /**
     * A known token past its expiry. An account-status failure, so the provider manager answers with it at once
     * instead of letting the JWT provider's "not a JWT" replace it, and the caller learns why.
     */
    static final class TokenExpiredException extends AccountExpiredException {
        TokenExpiredException(String message) {
            super(message);
        }
    }

    /** An authenticated API token holder; the token itself is not kept. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

        private final SecurityProperties.TokenEntry entry;

        ApiTokenAuthentication(SecurityProperties.TokenEntry entry) {
            super(entry.role().authorities());
            this.entry = entry;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "token:" + entry.name();
        }

        @Override
        public String getName() {
            return "token:" + entry.name();
        }
    }
}
