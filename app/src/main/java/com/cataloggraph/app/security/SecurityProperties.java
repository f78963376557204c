package com.cataloggraph.app.security;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may call the HTTP endpoints ({@code catalog.security.*}). With neither tokens nor OIDC
 * configured, authentication is off and {@code serve} only listens on the loopback interface.
 *
 * @param tokens     static API tokens, stored as SHA-256 hashes (create with {@code catalog-graph token create})
 * @param tokensFile a file of {@code name:role:sha256[:expiry]} lines (e.g. a mounted secret), read again when it changes
 * @param oidc       an OIDC provider whose JWT access tokens are accepted
 * @param insecure   allow serving on a non-loopback interface without authentication ({@code --insecure})
 * @param maxRequestSize the largest request body an HTTP endpoint reads (but {@code /mcp}, which has its own
 *                   limit); a larger one is answered 413 after reading at most this much
 */
@ConfigurationProperties("catalog.security")
public record SecurityProperties(@DefaultValue List<TokenEntry> tokens, Path tokensFile, @DefaultValue Oidc oidc,
                                 boolean insecure, @DefaultValue("1MB") DataSize maxRequestSize) {

    /**
     * One static API token.
     *
     * @param name    who or what holds it; appears in the access log
     * @param sha256  hex SHA-256 of the token (the token itself is never stored)
     * @param role    reader or admin
     * @param expires when it stops working, or null for never
     */
    public record TokenEntry(String name, String sha256, Role role, Instant expires) {

        /** True once the token's expiry has passed. */
        public boolean expiredAt(Instant now) {
            return expires != null && !now.isBefore(expires);
        }
    }

    /**
     * JWT bearer tokens from an OIDC provider.
     *
     * @param issuerUri    the issuer; tokens must carry it as {@code iss}; its discovery document gives the JWKS
     * @param jwkSetUri    the JWKS URL, when discovery should not be used
     * @param audience     the audience tokens must be issued for ({@code aud}); required with OIDC
     * @param rolesClaim   the claim that carries roles: a list, or a space-separated string such as {@code scope}
     * @param adminValues  claim values that mean admin
     * @param readerValues claim values that mean reader
     */
    public record Oidc(String issuerUri, String jwkSetUri, String audience, @DefaultValue("roles") String rolesClaim,
                       @DefaultValue({"admin", "catalog:admin"}) List<String> adminValues,
                       @DefaultValue({"reader", "catalog:read"}) List<String> readerValues) {

        public boolean configured() {
            return notBlank(issuerUri) || notBlank(jwkSetUri);
        }
    }

    /** Whether any way to authenticate is configured. */
    public boolean authenticationConfigured() {
        return !tokens.isEmpty() || tokensFile != null || oidc.configured();
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
