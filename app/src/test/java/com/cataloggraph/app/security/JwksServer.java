package com.cataloggraph.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** A real JWKS endpoint and a signing key, standing in for an OIDC provider's keys. */
final class JwksServer implements AutoCloseable {

    static final String ISSUER = "https://issuer.example.test";
    static final String AUDIENCE = "catalog-graph";

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangerKey;

    JwksServer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("catalog-test").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("catalog-test").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A token signed with the published key, for these claims on top of valid defaults. */
    String token(Map<String, Object> claims) throws JOSEException {
        return sign(key, claims);
    }

    /** A well-formed token signed with a key the JWKS does not publish. */
    String forgedToken(Map<String, Object> claims) throws JOSEException {
        return sign(strangerKey, claims);
    }

    private static String sign(RSAKey signingKey, Map<String, Object> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject("user-123")
                .issueTime(java.util.Date.from(Instant.now()))
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                builder.build());
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
