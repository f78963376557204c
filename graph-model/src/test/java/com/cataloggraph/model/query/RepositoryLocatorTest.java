package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.query.RepositoryLocator.Match;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RepositoryLocatorTest {

    @ParameterizedTest
    @CsvSource({
            "https://git.example.com/acme/payments-service.git, git.example.com, acme/payments-service",
            "https://git.example.com/acme/payments-service,     git.example.com, acme/payments-service",
            "https://git.example.com/acme/payments-service/,    git.example.com, acme/payments-service",
            "http://user:token@git.example.com:8443/acme/Payments-Service.git, git.example.com, acme/payments-service",
            "git@git.example.com:acme/payments-service.git,     git.example.com, acme/payments-service",
            "git@github.com:acme/platform/payments-service,     github.com,      acme/platform/payments-service",
            "ssh://git@git.example.com:22/acme/payments-service.git, git.example.com, acme/payments-service",
            "https://www.github.com/acme/payments-service,      github.com,      acme/payments-service",
            "github.com/acme/payments-service,                  github.com,      acme/payments-service",
    })
    void normalisesUrlForms(String input, String host, String path) {
        assertThat(RepositoryLocator.parse(input)).isEqualTo(new RepositoryLocator(host, path));
    }

    @ParameterizedTest
    @CsvSource({
            "acme/payments-service,    acme/payments-service, payments-service",
            "payments-service,         payments-service,      payments-service",
            "payments-service.git,     payments-service,      payments-service",
            "' /acme/Payments-Service/ ', acme/payments-service, payments-service",
    })
    void readsSlugsAndFolderNamesWithoutAHost(String input, String path, String name) {
        RepositoryLocator locator = RepositoryLocator.parse(input);

        assertThat(locator.host()).isNull();
        assertThat(locator.path()).isEqualTo(path);
        assertThat(locator.name()).isEqualTo(name);
    }

    @Test
    void refusesTextThatNamesNoRepository() {
        assertThatThrownBy(() -> RepositoryLocator.parse("https://git.example.com/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"https://git.example.com/\" names no repository: pass its URL "
                        + "(https://host/group/repo or git@host:group/repo.git), its slug (group/repo) or its folder name");
    }

    @Test
    void ranksUrlOverSlugOverFolderName() {
        String url = "https://git.example.com/acme/payments-service.git";
        RepositoryLocator ssh = RepositoryLocator.parse("git@git.example.com:acme/payments-service.git");

        assertThat(ssh.match("payments-service", url)).isEqualTo(Match.URL);
        assertThat(RepositoryLocator.parse("acme/payments-service").match("payments-service", url))
                .isEqualTo(Match.PATH);
        assertThat(RepositoryLocator.parse("payments-service").match("payments-service", url)).isEqualTo(Match.PATH);
        assertThat(RepositoryLocator.parse("payments-service").match("acme/payments-service", null))
                .isEqualTo(Match.NAME);
        assertThat(RepositoryLocator.parse("other/payments-service").match("payments-service", url))
                .isEqualTo(Match.NAME);
    }

    @Test
    void aDifferentHostIsADifferentRepository() {
        assertThat(RepositoryLocator.parse("https://github.com/acme/payments-service")
                .match("payments-service", "https://git.example.com/acme/payments-service.git")).isEqualTo(Match.NONE);
        assertThat(RepositoryLocator.parse("payments-service").match("ledger", "https://x.io/acme/ledger"))
                .isEqualTo(Match.NONE);
    }
}
