package com.cataloggraph.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Tag("security")
class ExposureGuardTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(GuardOnly.class);

    @Test
    void allowsLoopbackWithoutAuthentication() {
        runner.withPropertyValues("server.address=127.0.0.1").run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("server.address=::1").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void refusesAnotherInterfaceWithoutAuthentication() {
        runner.withPropertyValues("server.address=0.0.0.0").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageStartingWith("Refusing to serve on 0.0.0.0 without authentication"));
    }

    @Test
    void refusesAllInterfacesWhenNoAddressIsSet() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageStartingWith("Refusing to serve on all interfaces without authentication"));
    }

    @Test
    void allowsAnotherInterfaceWithTokensOrWhenInsecureIsExplicit() {
        runner.withPropertyValues("server.address=0.0.0.0", "catalog.security.tokens[0].name=ci",
                        "catalog.security.tokens[0].role=reader", "catalog.security.tokens[0].sha256=" + "a".repeat(64))
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("server.address=0.0.0.0", "catalog.security.insecure=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityProperties.class)
    @Import(ExposureGuard.class)
    static class GuardOnly {
    }
}
