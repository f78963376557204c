package com.cataloggraph.ui;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The browser's settings ({@code catalog.ui.*}).
 *
 * @param oidc how the browser signs people in with the identity provider that issues the server's
 *             OIDC tokens; off unless a client id is set
 */
@ConfigurationProperties("catalog.ui")
public record UiProperties(@DefaultValue Oidc oidc) {

    /**
     * The authorization code flow with PKCE, run by the page itself as a public client. The identity
     * provider is the authorization server the server names in its protected-resource metadata
     * ({@code catalog.security.oidc.issuer-uri}); it must accept {@code <origin>/} as a redirect URI
     * and allow this origin to call its token endpoint (CORS), and the tokens it issues must carry the
     * server's audience.
     *
     * @param clientId the public client registered for the browser; blank: sign-in with a token only
     * @param scopes   scopes asked for, e.g. {@code openid catalog:read}
     */
    public record Oidc(String clientId, @DefaultValue({"openid", "catalog:read"}) List<String> scopes) {

        public boolean enabled() {
            return clientId != null && !clientId.isBlank();
        }
    }
}
