package com.cataloggraph.codehosts.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "git@gitlab.example.com:acme/platform/ledger.git | https://gitlab.example.com/acme/platform/ledger | acme/platform/ledger",
            "https://oauth2:secret@gitlab.example.com/acme/x.git | https://gitlab.example.com/acme/x | acme/x",
            "ssh://git@gitlab.example.com:2222/acme/x.git | https://gitlab.example.com/acme/x | acme/x",
            "http://127.0.0.1:8080/acme/x.git/ | http://127.0.0.1:8080/acme/x | acme/x",
            "https://gitlab.example.com/acme/x.git?private_token=t | https://gitlab.example.com/acme/x | acme/x",
            "/srv/git/x.git | /srv/git/x.git | ''"})
    void normalisesRemotesAndTellsTheProjectPath(String remote, String normalized, String project) {
        assertThat(RepositoryUrl.normalize(remote)).isEqualTo(normalized);
        assertThat(RepositoryUrl.projectPath(remote).orElse("")).isEqualTo(project);
    }
}
