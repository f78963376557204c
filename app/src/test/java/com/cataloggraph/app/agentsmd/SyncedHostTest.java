package com.cataloggraph.app.agentsmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.agentsmd.config.AgentsMdProperties;
import com.cataloggraph.app.sync.SourceKind;
import com.cataloggraph.app.sync.SyncProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncedHostTest {

    private static final AgentsMdProperties AGENTS_MD = new AgentsMdProperties("AGENTS.md", "catalog-graph/agents-md",
            "origin", List.of("agents-md"), 3, 4, "Catalog Graph", "catalog-graph@users.noreply.example.com",
            Duration.ofMinutes(2), 5, Duration.ofMinutes(15),
            new AgentsMdProperties.Host(URI.create("https://gitlab.example.com/api/v4"), "t", Duration.ZERO),
            new AgentsMdProperties.Host(URI.create("https://api.github.com"), "t", Duration.ZERO),
            null, "local", null, Path.of("target/agents-md-cache"), 8);

    @Test
    void theOneSyncedGitLabGroupIsTheHostWhenItsApiIsTheSame() {
        assertThat(SyncedHost.of(List.of(folder("/srv/repos"),
                gitlab("acme/platform", "https://gitlab.example.com/api/v4/")), AGENTS_MD)).contains("gitlab:acme/platform");
    }

    @Test
    void aSyncedGitHubOrganizationOnTheDefaultApiIsTheHost() {
        assertThat(SyncedHost.of(List.of(github("acme", null)), AGENTS_MD)).contains("github:acme");
    }

    @Test
    void foldersAloneGiveNoHost() {
        assertThat(SyncedHost.of(List.of(folder("/srv/repos")), AGENTS_MD)).isEmpty();
    }

    @Test
    void twoCodeHostSourcesAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> SyncedHost.of(List.of(gitlab("acme", null), github("acme", null)), AGENTS_MD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("catalog.sync.sources has 2 code-host sources (gitlab:acme, github:acme): set "
                        + "catalog.agents-md.host (CATALOG_AGENTSMD_HOST) to the one AGENTS.md runs read");
    }

    @Test
    void aSourceOnAnotherApiThanTheAgentsMdClientIsRefused() {
        assertThatThrownBy(() -> SyncedHost.of(List.of(gitlab("acme", null)), AGENTS_MD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("catalog.sync.sources source gitlab:acme reads https://gitlab.com/api/v4 but "
                        + "catalog.agents-md.gitlab.api-url is https://gitlab.example.com/api/v4: set it (GITLAB_API_URL) "
                        + "to the same API, or set catalog.agents-md.host");
    }

    private static SyncProperties.Source folder(String path) {
        return source(SourceKind.FOLDER, Path.of(path), null, null, null);
    }

    private static SyncProperties.Source gitlab(String group, String apiUrl) {
        return source(SourceKind.GITLAB, null, apiUrl, group, null);
    }

    private static SyncProperties.Source github(String organization, String apiUrl) {
        return source(SourceKind.GITHUB, null, apiUrl, null, organization);
    }

    private static SyncProperties.Source source(SourceKind kind, Path path, String apiUrl, String group,
                                                String organization) {
        return new SyncProperties.Source(null, kind, null, path, true, apiUrl == null ? null : URI.create(apiUrl),
                group, organization, null, null, null, List.of(), List.of(), List.of(), false, false, List.of());
    }
}
