package com.cataloggraph.codehosts.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook's shared secret. It never leaves this class: {@link #toString()} says where it came from, and the checks
 * take what a delivery presents and answer yes or no, in time that does not depend on how much of it was right.
 */
public final class WebhookSecret {

    private static final String SIGNATURE_PREFIX = "sha256=";

    private final String origin;
    private final byte[] secret;

    private WebhookSecret(String origin, String secret) {
        this.origin = origin;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param origin where the secret came from, for messages (an environment variable's name)
     * @param value  the secret; empty when blank or null (the webhook is then refused)
     */
    public static Optional<WebhookSecret> of(String origin, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new WebhookSecret(origin, value.strip()));
    }

    /** The secret in the environment variable {@code variable}, if it is set. */
    public static Optional<WebhookSecret> fromEnvironment(String variable) {
        return of(variable, variable == null ? null : System.getenv(variable));
    }

    /**
     * GitLab: the {@code X-Gitlab-Token} header must equal the secret token. Both sides are hashed first, so the
     * comparison ({@link MessageDigest#isEqual}) takes the same time whatever the length and content presented.
     */
    public boolean matchesGitLabToken(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(secret), sha256(presented.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * GitHub: the {@code X-Hub-Signature-256} header must be {@code sha256=} and the hex HMAC-SHA256 of the raw
     * request body keyed with the secret, compared in constant time.
     */
    public boolean matchesGitHubSignature(String presented, byte[] body) {
        if (presented == null || !presented.startsWith(SIGNATURE_PREFIX)) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(body)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = presented.substring(SIGNATURE_PREFIX.length()).toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** The header value GitHub would send for this body: {@code sha256=<hex>} (for tests and tools). */
    public String gitHubSignature(byte[] body) {
        return SIGNATURE_PREFIX + HexFormat.of().formatHex(hmac(body));
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + origin + "=****]";
    }
}
