package com.cataloggraph.app.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Safe by default: a server without authentication listens on the loopback interface only.
 * Binding anywhere else needs tokens or OIDC configured, or an explicit {@code --insecure}. The
 * check runs while beans are created, before the web server opens its port.
 */
@Component
@ConditionalOnWebApplication
class ExposureGuard {

    ExposureGuard(SecurityProperties properties, @Value("${server.address:}") String address) {
        if (!properties.authenticationConfigured() && !properties.insecure() && !isLoopback(address)) {
            throw new InsecureExposureException("Refusing to serve on " + (address.isBlank() ? "all interfaces"
                    : address) + " without authentication: the catalog tells an attacker what to attack. Configure "
                    + "API tokens (catalog-graph token create) or OIDC (catalog.security.oidc.*), listen on "
                    + "127.0.0.1, or pass --insecure if something in front of this server authenticates callers.");
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The server would be reachable from other machines with no authentication. */
    static final class InsecureExposureException extends IllegalStateException {
        InsecureExposureException(String message) {
            super(message);
        }
    }
}
