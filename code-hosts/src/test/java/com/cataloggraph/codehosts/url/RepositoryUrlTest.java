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
            "/srv/git/x.git | /srv/git/x.git | ''",
            "git@github.com:lumen/shipment-service.git | https://github.com/lumen/shipment-service | lumen/shipment-service",
            "https://user:ghp_token@github.com/org/repo/ | https://github.com/org/repo | org/repo",
            "git://github.com/org/repo.git | https://github.com/org/repo | org/repo",
            "http://git.internal/org/repo | http://git.internal/org/repo | org/repo"})
    void normalisesRemotesAndTellsTheProjectPath(String remote, String normalized, String project) {
        assertThat(RepositoryUrl.normalize(remote)).isEqualTo(normalized);
        assertThat(RepositoryUrl.projectPath(remote).orElse("")).isEqualTo(project);
    }

    @ParameterizedTest
    @CsvSource({
            "https://github.com/org/repo, https://github.com/org/repo",
            "https://gitlab.example.com/group/repo, https://gitlab.example.com/group/repo",
            "https://bitbucket.org/org/repo, ''",
    })
    void linksOnlyIntoHostsWhoseUrlLayoutItKnows(String url, String web) {
        assertThat(RepositoryUrl.webUrl(url)).isEqualTo(web.isEmpty() ? null : web);
    }
}
