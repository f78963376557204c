package com.cataloggraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("security")
class RepositoryUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "git@github.com:lumen/shipment-service.git, https://github.com/lumen/shipment-service",
            "ssh://git@gitlab.example.com:2222/group/sub/repo.git, https://gitlab.example.com/group/sub/repo",
            "https://oauth2:glpat-SECRET@gitlab.example.com/group/repo.git, https://gitlab.example.com/group/repo",
            "https://user:ghp_token@github.com/org/repo/, https://github.com/org/repo",
            "git://github.com/org/repo.git, https://github.com/org/repo",
            "http://git.internal/org/repo, http://git.internal/org/repo",
            "/srv/git/repo.git, /srv/git/repo.git",
    })
    void normalisesRemotesToOneComparableFormWithoutCredentials(String remote, String expected) {
        assertThat(RepositoryUrls.normalize(remote)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "https://github.com/org/repo, https://github.com/org/repo",
            "https://gitlab.example.com/group/repo, https://gitlab.example.com/group/repo",
            "https://bitbucket.org/org/repo, ''",
    })
    void linksOnlyIntoHostsWhoseUrlLayoutItKnows(String url, String web) {
        assertThat(RepositoryUrls.webUrl(url)).isEqualTo(web.isEmpty() ? null : web);
    }
}
