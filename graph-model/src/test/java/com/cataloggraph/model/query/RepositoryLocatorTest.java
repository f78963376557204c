package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.query.RepositoryLocator.Match;
import com.cataloggraph.model.ref.RepositoryName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    @ParameterizedTest
    @CsvSource({
            "git@host:acme/Payments.git,                          payments",
            "https://github.com/acme/payments/,                   payments",
            "payments,                                            payments",
            "HTTPS://GitHub.com/Acme/PAYMENTS.GIT/,               payments",
            "ssh://git@git.example.com:22/acme/payments.git,      payments",
            "git@git.example.com:payments.git,                    payments",
            "' /acme/payments// ',                                payments",
            "github.com:acme/payments,                            payments",
            "host:payments,                                       payments",
            "acme/payments.git.git,                               payments.git",
    })
    void aStoredRepositorysNameKeyIsTheLowercaseLastSegmentOfItsPath(String stored, String key) {
        assertThat(RepositoryName.key(stored)).isEqualTo(key);
    }

    @Test
    void aLocatorsNameKeyIsTheKeyOfEveryRepositoryItNamesExactly() {
        assertThat(RepositoryLocator.parse("git@git.example.com:acme/Payments.git").nameKey()).isEqualTo("payments");
        assertThat(RepositoryLocator.parse("host:payments").nameKey()).isEqualTo("payments");
        assertThat(RepositoryName.key(null)).isNull();
    }

    /**
     * The index on the keys finds everything the scan of every entity's repository and URL found before it: each
     * stored repository and URL that the old filter ({@code toLower(...) IN $names OR ... ENDS WITH $suffix}) let
     * through, and that the locator then matched, carries the locator's key in its repository or its URL. (A row
     * the locator does not match never reached an answer.)
     */
    @Test
    void everyRepositoryTheScanFoundAndTheLocatorMatchesCarriesTheLocatorsKey() {
        List<String> stored = new ArrayList<>(Arrays.asList(null, "", "/", ".git", "payments", "Payments", "PAYMENTS.git",
                "payments/", "payments ", " payments", "acme/payments", "acme/Payments.git", "acme/payments/",
                "/acme/payments", " acme/payments ", "acme//payments", "acme/ payments", "acme/payments.git.git",
                "payments.git.git", "acme/payments/docs", "acme/old-payments", "acme/payments-service",
                "payments-service", "git@git.example.com:acme/payments.git", "git@git.example.com:payments.git",
                "git@git.example.com:Payments", "git@git.example.com: payments", "https://git.example.com/acme/payments",
                "https://git.example.com/acme/payments.git/", "https://git.example.com:8443/acme/payments.git",
                "ssh://git@git.example.com:22/acme/payments.git", "http://user:token@git.example.com/acme/PAYMENTS.GIT",
                "https://www.git.example.com/acme/payments", "https://git.example.com/acme/payments?tab=readme",
                "file:///srv/git/acme/payments.git", "github.com/acme/payments", "github.com:payments", "host:payments",
                "foo:bar", "acme/foo:bar", "https://git.example.com/", "https://git.example.com/.git"));
        List<String> locators = List.of("payments", "Payments.git", "PAYMENTS/", "acme/payments", "acme/payments.git",
                "https://git.example.com/acme/payments", "git@git.example.com:acme/payments.git",
                "ssh://git@git.example.com:22/acme/payments", "https://www.git.example.com/acme/payments/",
                "github.com/acme/payments", "host:payments", "foo:bar", "payments.git.git", "acme/payments-service",
                "git@git.example.com:payments", "https://git.example.com/acme/payments?tab=readme");
        int checked = 0;
        for (String text : locators) {
            RepositoryLocator locator = RepositoryLocator.parse(text);
            for (String repository : stored) {
                for (String url : stored) {
                    if (scanFound(locator, repository, url) && locator.match(repository, url) != Match.NONE) {
                        assertThat(List.of(String.valueOf(RepositoryName.key(repository)),
                                String.valueOf(RepositoryName.key(url))))
                                .as("locator %s, repository %s, URL %s", text, repository, url)
                                .contains(locator.nameKey());
                        checked++;
                    }
                }
                if (scanFound(locator, repository, null) && locator.match(repository, null) != Match.NONE) {
                    assertThat(RepositoryName.key(repository)).as("locator %s, file repository %s", text, repository)
                            .isEqualTo(locator.nameKey());
                }
            }
        }
        assertThat(checked).as("stored spellings each locator matches").isGreaterThan(1000);
    }

    /** What RepositoryQueries' Cypher filter lets through, as it was before the keys: a scan's predicate. */
    private static boolean scanFound(RepositoryLocator locator, String repository, String url) {
        String name = locator.name();
        List<String> names = List.of(locator.path(), name);
        List<String> suffixes = List.of("/" + name, "/" + name + ".git", ":" + name, ":" + name + ".git");
        String lowerRepository = repository == null ? null : repository.toLowerCase(Locale.ROOT);
        String lowerUrl = url == null ? null : url.toLowerCase(Locale.ROOT);
        return lowerRepository != null && names.contains(lowerRepository)
                || suffixes.stream().anyMatch(suffix -> lowerUrl != null && lowerUrl.endsWith(suffix)
                        || lowerRepository != null && lowerRepository.endsWith(suffix));
    }
}
