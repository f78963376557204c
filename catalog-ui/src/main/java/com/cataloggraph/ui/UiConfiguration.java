package com.cataloggraph.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The browser's server side. The pages are static resources Spring Boot serves from
 * {@code META-INF/resources} ({@code /} answers {@code index.html}); this adds {@value #CONFIG_PATH}, which
 * tells the pages whether they may offer an OIDC sign-in and with which client. It is public like the pages:
 * it names no secret (a browser client is public) and nothing of the catalog.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(UiProperties.class)
public class UiConfiguration {

    /** Paths a security filter must leave open for the pages to load (they call {@code /graphql} themselves). */
    public static final String[] PUBLIC_PATHS = {"/", "/index.html", "/ui/**", "/webjars/**"};

    public static final String CONFIG_PATH = "/ui/config.json";

    @Bean
    RouterFunction<ServerResponse> uiRouterFunction(UiProperties properties) {
        UiClientConfig config = UiClientConfig.of(properties);
        return RouterFunctions.route()
                .GET(CONFIG_PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(config))
                .build();
    }

    /**
     * What {@value #CONFIG_PATH} answers.
     *
     * @param oidc the browser's OIDC client, or null when sign-in is by token only
     */
    record UiClientConfig(OidcClient oidc) {

        static UiClientConfig of(UiProperties properties) {
            UiProperties.Oidc oidc = properties.oidc();
            return new UiClientConfig(oidc.enabled() ? new OidcClient(oidc.clientId(), String.join(" ", oidc.scopes()))
                    : null);
        }
    }

    /** A public OIDC client: its id and the space-separated scopes to ask for. */
    record OidcClient(String clientId, String scopes) {
    }
}
