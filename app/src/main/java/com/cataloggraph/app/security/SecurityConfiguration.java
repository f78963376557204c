package com.cataloggraph.app.security;

import com.cataloggraph.ui.UiConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.OAuth2ProtectedResourceMetadata;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what over HTTP. Without tokens or OIDC configured everything is open, and
 * {@link ExposureGuard} keeps the server on the loopback interface. With them, every endpoint
 * that shows the graph needs a bearer token with the reader role, admin endpoints the admin
 * role; health and the protected-resource metadata stay public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /**
     * Paths anyone may call: probes, metadata for OAuth clients, the GraphiQL page and the catalog browser's pages
     * themselves (they call /graphql, which needs a token), and the webhook endpoints, which authenticate each
     * delivery by its secret instead of a bearer token.
     */
    static final String[] PUBLIC_PATHS = Stream.concat(Stream.of("/actuator/health", "/actuator/health/**",
            BearerChallenge.METADATA_PATH, BearerChallenge.METADATA_PATH + "/**", "/graphiql", "/graphiql/**",
            "/error", "/webhooks/**"), Stream.of(UiConfiguration.PUBLIC_PATHS)).toArray(String[]::new);

    @Bean
    SecurityFilterChain catalogSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new PrincipalAttributeFilter(), BearerTokenAuthenticationFilter.class);
        if (!properties.authenticationConfigured()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }
        BearerChallenge challenge = new BearerChallenge();
        AuthenticationManager manager = authenticationManager(properties);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("READER"))
                .oauth2ResourceServer(server -> server
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                builder -> describe(builder, properties)))
                        .authenticationManagerResolver(request -> manager)
                        .authenticationEntryPoint(challenge)
                        .accessDeniedHandler(challenge))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(challenge)
                        .accessDeniedHandler(challenge));
        return http.build();
    }

    /** RFC 9728 metadata MCP clients read after a 401: where to get tokens and which scopes exist. */
    private static void describe(OAuth2ProtectedResourceMetadata.Builder builder, SecurityProperties properties) {
        builder.resourceName("Catalog Graph")
                .tlsClientCertificateBoundAccessTokens(false)
                .scopes(scopes -> {
                    scopes.clear();
                    scopes.add(Role.READER.scope());
                    scopes.add(Role.ADMIN.scope());
                });
        if (SecurityProperties.notBlank(properties.oidc().issuerUri())) {
            builder.authorizationServer(properties.oidc().issuerUri());
        }
    }

    private static AuthenticationManager authenticationManager(SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ApiTokenAuthenticationProvider(ApiTokens.from(properties), oidc.configured()));
        if (oidc.configured()) {
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(jwtDecoder(oidc));
            jwt.setJwtAuthenticationConverter(new JwtRoles(oidc));
            providers.add(jwt);
        }
        return new ProviderManager(providers);
    }

    /** Validates signature (JWKS), expiry, issuer and audience; the JWKS is fetched lazily, so a slow IdP cannot stop start-up. */
    static NimbusJwtDecoder jwtDecoder(SecurityProperties.Oidc oidc) {
        if (!SecurityProperties.notBlank(oidc.audience())) {
            throw new IllegalArgumentException("catalog.security.oidc.audience is required with OIDC: tokens issued "
                    + "for other services must not be accepted here");
        }
        NimbusJwtDecoder decoder = SecurityProperties.notBlank(oidc.jwkSetUri())
                ? NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
        OAuth2TokenValidator<Jwt> base = SecurityProperties.notBlank(oidc.issuerUri())
                ? JwtValidators.createDefaultWithIssuer(oidc.issuerUri())
                : JwtValidators.createDefault();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(base, new JwtAudienceValidator(oidc.audience())));
        return decoder;
    }
}
