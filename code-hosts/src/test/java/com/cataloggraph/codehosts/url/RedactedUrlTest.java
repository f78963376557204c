package com.cataloggraph.codehosts.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 20 item 3: no credential of a remote URL survives redaction; where the repository is does. */
@Tag("security")
class RedactedUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://gitlab-ci-token:glcbt-64_SECRETJOB@gitlab.example.com/acme/ledger.git | https://gitlab.example.com/acme/ledger.git",
            "https://ghp_SECRETTOKEN@github.com/acme/web.git | https://github.com/acme/web.git",
            "https://oauth2:SECRET@gitlab.example.com:8443/acme/x | https://gitlab.example.com:8443/acme/x",
            "https://gitlab.example.com/acme/x.git?private_token=SECRET&ref=main | https://gitlab.example.com/acme/x.git?ref=main",
            "https://gitlab.example.com/acme/x.git?job_token=SECRET | https://gitlab.example.com/acme/x.git",
            "https://host/x?access_token=SECRET&token=SECRET&sig=SECRET&X-Amz-Signature=SECRET&a=1 | https://host/x?a=1",
            "https://host/x?apiKey=SECRET&client_secret=SECRET | https://host/x",
            "git@gitlab.example.com:acme/ledger.git | git@gitlab.example.com:acme/ledger.git",
            "ssh://git@gitlab.example.com:2222/acme/x.git | ssh://gitlab.example.com:2222/acme/x.git",
            "/srv/git/ledger.git | /srv/git/ledger.git",
            "https://github.com/acme/web | https://github.com/acme/web"})
    void takesOutUserInfoAndSecretParameters(String raw, String redacted) {
        assertThat(RedactedUrl.of(raw).value()).isEqualTo(redacted).doesNotContain("SECRET");
        assertThat(RedactedUrl.carriesCredentials(raw)).isEqualTo(!raw.equals(redacted));
    }

    @org.junit.jupiter.api.Test
    void scrubsEveryUrlInAFreeText() {
        assertThat(RedactedUrl.scrub("fatal: unable to access 'https://gitlab-ci-token:SECRET@gitlab.example.com/a/b.git/': "
                + "The requested URL returned error: 403"))
                .isEqualTo("fatal: unable to access 'https://gitlab.example.com/a/b.git/': The requested URL returned error: 403");
    }
}
