package com.cataloggraph.app.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** {@link SecurityProperties} as the binder makes them from defaults, with the parts a test varies. */
final class TestSecuritySettings {

    private TestSecuritySettings() {
    }

    static SecurityProperties of(List<SecurityProperties.TokenEntry> tokens, Path tokensFile, boolean insecure) {
        return new SecurityProperties(tokens, tokensFile, new SecurityProperties.Oidc(null, null, null, "roles",
                List.of("admin", "catalog:admin"), List.of("reader", "catalog:read")), insecure, DataSize.ofMegabytes(1));
    }
}
