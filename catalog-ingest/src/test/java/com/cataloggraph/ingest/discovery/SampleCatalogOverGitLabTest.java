package com.cataloggraph.ingest.discovery;

import static com.cataloggraph.ingest.discovery.StubServer.Reply.json;
import static com.cataloggraph.ingest.discovery.StubServer.Reply.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Larkspur sample catalog published as a GitLab group: every repository folder is a project
 * and every file is served by the raw-file API. Discovery returns each root descriptor byte for
 * byte, and {@code readFile} reaches what descriptors point at ({@code $text}, Location targets).
 */
class SampleCatalogOverGitLabTest {

    private StubServer gitlab;
    private List<String> repositories;

    @BeforeEach
    void publishTheSampleCatalog() throws IOException {
        gitlab = new StubServer(json(404, "{\"message\":\"404 File Not Found\"}"));
        repositories = SampleCatalog.repositories();
        StringBuilder projects = new StringBuilder("[");
        for (int i = 0; i < repositories.size(); i++) {
            String name = repositories.get(i);
            int id = 100 + i;
            projects.append(i == 0 ? "" : ",").append("{\"id\":").append(id).append(",\"path_with_namespace\":\"larkspur/")
                    .append(name).append("\",\"default_branch\":\"main\",\"web_url\":\"https://gitlab.example.com/larkspur/")
                    .append(name).append("\",\"archived\":false,\"empty_repo\":false}");
            Path repository = SampleCatalog.repository(name);
            try (Stream<Path> files = Files.walk(repository)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String path = repository.relativize(file).toString().replace('\\', '/');
                    gitlab.on("/api/v4/projects/" + id + "/repository/files/" + PathEncoding.fileSegment(path) + "/raw?ref=main",
                            raw(200, Files.readAllBytes(file), "text/plain"));
                }
            }
        }
        gitlab.on("/api/v4/groups/larkspur/projects?include_subgroups=true&archived=false&order_by=id&sort=asc&per_page=50"
                + "&page=1", json(200, projects.append("]").toString(), "X-Next-Page", "", "X-Total-Pages", "1"));
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void everyRepositoryComesBackWithItsRootDescriptor() throws IOException {
        DiscoveryResult result = discovery().discover();

        assertThat(result.repositories()).extracting(DiscoveredRepository::slug)
                .containsExactlyElementsOf(repositories.stream().map(r -> "larkspur/" + r).toList());
        for (DiscoveredRepository repository : result.repositories()) {
            String folder = repository.slug().substring("larkspur/".length());
            assertThat(repository.files()).containsExactly(new DiscoveredFile("catalog-info.yaml",
                    Files.readAllBytes(SampleCatalog.repository(folder).resolve("catalog-info.yaml"))));
        }
        assertThat(result.requests()).isEqualTo(1 + repositories.size());
    }

    @Test
    void readFileReachesTextPlaceholdersAndLocationTargets() throws IOException {
        RepositoryDiscovery discovery = discovery();
        var found = discovery.discover().repositories().stream()
                .collect(Collectors.toMap(DiscoveredRepository::slug, r -> r));

        assertThat(discovery.readFile(found.get("larkspur/payments-service"), "api/asyncapi.yaml")).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(read("payments-service", "api/asyncapi.yaml")));
        assertThat(discovery.readFile(found.get("larkspur/larkspur-org"), "systems/all.yaml")).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(read("larkspur-org", "systems/all.yaml")));
        assertThat(discovery.readFile(found.get("larkspur/larkspur-org"), "systems/missing.yaml")).isEmpty();
    }

    private static byte[] read(String repository, String path) {
        try {
            return Files.readAllBytes(SampleCatalog.repository(repository).resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private GitLabDiscovery discovery() {
        return new GitLabDiscovery(GitLabDiscoveryOptions.forGroup("larkspur").withApiUrl(URI.create(gitlab.base() + "/api/v4")),
                AccessToken.fromEnvironment("GITLAB_TOKEN", name -> "glpat-test"), HttpClient.newHttpClient(),
                new RecordingSleeper(), Clock.systemUTC());
    }
}
