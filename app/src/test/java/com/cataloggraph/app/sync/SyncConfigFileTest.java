package com.cataloggraph.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code serve --config FILE}: the YAML of docs/sync.md binds to {@code catalog.sync.*}; mistakes name the setting. */
class SyncConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleBindsEverySourceWithItsFilters() throws Exception {
        Path file = dir.resolve("sync.yaml");
        Files.writeString(file, """
                catalog:
                  sync:
                    sources:
                      - name: acme-gitlab
                        kind: gitlab
                        api-url: https://gitlab.example.com/api/v4
                        group: acme
                        schedule: 30m
                        repository-pattern: '^acme/(platform|payments)/'
                        excluded: [acme/sandbox]
                        exclude-forks: true
                        descriptor-paths: [catalog-info.yaml, '**/catalog-info.yaml']
                      - kind: github
                        organization: acme
                        include-topics: [backstage]
                      - name: local-checkouts
                        kind: folder
                        path: /srv/repos
                    webhooks:
                      coalesce: 1s
                """);

        SyncProperties properties = bind(SyncConfigFile.properties(file));

        assertThat(properties.sources()).extracting(SyncProperties.Source::id)
                .containsExactly("acme-gitlab", "github:acme", "local-checkouts");
        SyncProperties.Source gitlab = properties.sources().getFirst();
        assertThat(gitlab.kind()).isEqualTo(SourceKind.GITLAB);
        assertThat(gitlab.schedule()).isEqualTo(Duration.ofMinutes(30));
        assertThat(gitlab.filters().gitlab("acme", gitlab.apiUrl()).descriptorPaths())
                .containsExactly("catalog-info.yaml", "**/catalog-info.yaml");
        assertThat(gitlab.filters().gitlab("acme", gitlab.apiUrl()).excludedProjects()).containsExactly("acme/sandbox");
        assertThat(properties.sources().get(2).watch()).isTrue();
        assertThat(properties.webhooks().coalesce()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSourceWithoutWhatItsKindNeedsNamesTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("catalog.sync.sources[0].kind", "folder",
                "catalog.sync.sources[0].path", "/srv", "catalog.sync.sources[1].kind", "github")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("catalog.sync.sources[1].organization is required for a github source");
    }

    @Test
    void aFileThatIsNotYamlIsNamed() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "catalog:\n  sync: [unclosed\n");

        assertThatThrownBy(() -> SyncConfigFile.properties(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--config " + file.toAbsolutePath() + " is not valid YAML: ");
    }

    private static SyncProperties bind(Map<String, Object> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("catalog.sync",
                SyncProperties.class);
    }
}
