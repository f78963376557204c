package com.cataloggraph.codehosts.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
class WebhookSecretTest {

    /** The test values GitHub's "Validating webhook deliveries" page gives. */
    @Test
    void computesAndChecksGitHubsDocumentedExampleSignature() {
        WebhookSecret secret = WebhookSecret.of("GITHUB_WEBHOOK_SECRET", "It's a Secret to Everybody").orElseThrow();
        byte[] payload = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        String documented = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

        assertThat(secret.gitHubSignature(payload)).isEqualTo(documented);
        assertThat(secret.matchesGitHubSignature(documented, payload)).isTrue();
        assertThat(secret.matchesGitHubSignature(documented, "Hello, World?".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(secret.matchesGitHubSignature(documented.replace("sha256=", "sha1="), payload)).isFalse();
        assertThat(secret.matchesGitHubSignature(null, payload)).isFalse();
    }

    @Test
    void checksGitLabsTokenExactly() {
        WebhookSecret secret = WebhookSecret.of("GITLAB_WEBHOOK_TOKEN", "s3cret-token").orElseThrow();

        assertThat(secret.matchesGitLabToken("s3cret-token")).isTrue();
        assertThat(secret.matchesGitLabToken("s3cret-toke")).isFalse();
        assertThat(secret.matchesGitLabToken("s3cret-token-and-more")).isFalse();
        assertThat(secret.matchesGitLabToken("")).isFalse();
        assertThat(secret.matchesGitLabToken(null)).isFalse();
        assertThat(secret).hasToString("WebhookSecret[GITLAB_WEBHOOK_TOKEN=****]");
    }

    @Test
    void aBlankSecretIsNoSecret() {
        assertThat(WebhookSecret.of("X", " ")).isEmpty();
        assertThat(WebhookSecret.of("X", null)).isEmpty();
    }
}
