package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.config.AgentsMdProperties;
import com.cataloggraph.app.sync.SourceKind;
import com.cataloggraph.app.sync.SyncProperties;
import com.cataloggraph.ingest.discovery.GitHubDiscoveryOptions;
import com.cataloggraph.ingest.discovery.GitLabDiscoveryOptions;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The code host runs started over GraphQL read when neither {@code catalog.agents-md.host} nor
 * {@code catalog.agents-md.root} is set: the one GitLab group or GitHub organization {@code serve} keeps in sync
 * ({@code catalog.sync.sources}). Several such sources, or one on another API than the AGENTS.md client's, are
 * refused with the setting to change: a run never guesses which host to write to.
 */
final class SyncedHost {

    private SyncedHost() {
    }

    /**
     * @return {@code gitlab:GROUP} or {@code github:ORG}, or empty when the sync configuration has no code host
     * @throws IllegalArgumentException naming the sources or the API URLs that disagree
     */
    static Optional<String> of(List<SyncProperties.Source> sources, AgentsMdProperties properties) {
        List<SyncProperties.Source> hosts = sources.stream().filter(s -> s.kind() != SourceKind.FOLDER).toList();
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        if (hosts.size() > 1) {
            throw new IllegalArgumentException("catalog.sync.sources has " + hosts.size() + " code-host sources ("
                    + hosts.stream().map(SyncProperties.Source::id).collect(Collectors.joining(", "))
                    + "): set catalog.agents-md.host (CATALOG_AGENTSMD_HOST) to the one AGENTS.md runs read");
        }
        SyncProperties.Source source = hosts.getFirst();
        boolean gitlab = source.kind() == SourceKind.GITLAB;
        String key = gitlab ? "gitlab" : "github";
        URI synced = Objects.requireNonNullElse(source.apiUrl(),
                gitlab ? GitLabDiscoveryOptions.GITLAB_COM : GitHubDiscoveryOptions.GITHUB_COM);
        AgentsMdProperties.Host host = gitlab ? properties.gitlab() : properties.github();
        if (host.apiUrl() == null || !trimmed(synced).equals(trimmed(host.apiUrl()))) {
            throw new IllegalArgumentException("catalog.sync.sources source " + source.id() + " reads " + synced
                    + " but catalog.agents-md." + key + ".api-url is " + host.apiUrl() + ": set it ("
                    + (gitlab ? "GITLAB_API_URL" : "GITHUB_API_URL") + ") to the same API, or set catalog.agents-md.host");
        }
        return Optional.of(key + ":" + (gitlab ? source.group() : source.organization()));
    }

    private static String trimmed(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
