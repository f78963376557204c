package com.cataloggraph.ingest.discovery;

import com.cataloggraph.codehosts.http.PathEncoding;
import com.cataloggraph.codehosts.http.AccessToken;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.charset.StandardCharsets;

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
        for (int i = 0; i < repositories.size(); i++) {
            String name = repositories.get(i);
            int id = 100 + i;
            Path repository = SampleCatalog.repository(name);
            try (Stream<Path> files = Files.walk(repository)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String path = repository.relativize(file).toString().replace('\\', '/');
                    gitlab.on("/api/v4/projects/" + id + "/repository/files/" + PathEncoding.fileSegment(path) + "/raw?ref=main",
                            raw(200, Files.readAllBytes(file), "text/plain"));
                }
            }
        }
        gitlab.on(LISTING, json(200, projects(List.of()), "X-Next-Page", "", "X-Total-Pages", "1"));
    }

    private static final String LISTING = "/api/v4/groups/larkspur/projects?include_subgroups=true&archived=false"
            + "&order_by=id&sort=asc&per_page=50&page=1";

    /** The group's project listing, leaving out some repositories. */
    private String projects(List<String> leftOut) {
        StringBuilder projects = new StringBuilder("[");
        for (int i = 0; i < repositories.size(); i++) {
            String name = repositories.get(i);
            if (leftOut.contains(name)) {
                continue;
            }
            projects.append(projects.length() == 1 ? "" : ",").append("{\"id\":").append(100 + i)
                    .append(",\"path_with_namespace\":\"larkspur/").append(name)
                    .append("\",\"default_branch\":\"main\",\"web_url\":\"https://gitlab.example.com/larkspur/")
                    .append(name).append("\",\"archived\":false,\"empty_repo\":false}");
        }
        return projects.append("]").toString();
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

    @Test
    void theDiscoveredGroupIngestsLikeItsFoldersWithDefinitionsReadFromTheHost() {
        IngestTesting ingest = new IngestTesting();
        DiscoveredSource discovered = DiscoveredSource.of(discovery(), "gitlab:larkspur", ingest.ingester().properties()
                .scan());

        IngestReport report = ingest.ingest(discovered.source());

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(IngestProblem::rule).doesNotContain(Rule.REMOTE_PLACEHOLDER);
        assertThat(ingest.probe().rows("MATCH (n:Entity) WHERE n.missing = false RETURN n.kind AS kind, count(*) AS c "
                + "ORDER BY kind")).extracting(row -> row.get("kind") + "=" + row.get("c")).containsExactly(
                "API=7", "Component=14", "Domain=3", "Group=12", "Location=2", "Resource=11", "System=6", "User=17");
        assertThat(ingest.probe().properties("component:default/payments-service"))
                .containsEntry("repository", "larkspur/payments-service")
                .containsEntry("repositoryUrl", "https://gitlab.example.com/larkspur/payments-service");
        assertThat((String) ingest.probe().properties("api:default/payment-events").get("definition"))
                .isEqualTo(new String(read("payments-service", "api/asyncapi.yaml"), StandardCharsets.UTF_8));
        assertThat(discovered.summary()).isEqualTo("gitlab:larkspur: 15 repositories listed, 0 filtered out, "
                + "0 without a descriptor, 15 read, 0 unreadable (kept as they were), 16 requests");
    }

    @Test
    void aRepositoryTheHostFailsToAnswerKeepsItsEntitiesUntilItLeavesTheGroup() {
        IngestTesting ingest = new IngestTesting();
        ingest.ingest(DiscoveredSource.of(discovery(), "gitlab:larkspur", ingest.ingester().properties().scan())
                .source());
        int checkout = 100 + repositories.indexOf("checkout-service");
        gitlab.replace("/api/v4/projects/" + checkout + "/repository/files/"
                        + PathEncoding.fileSegment("catalog-info.yaml") + "/raw?ref=main",
                json(500, "{\"message\":\"500 Internal Server Error\"}"));

        DiscoveredSource partial = DiscoveredSource.of(discovery(), "gitlab:larkspur",
                ingest.ingester().properties().scan());
        IngestReport failing = ingest.ingest(partial.source());

        assertThat(failing.warnings()).extracting(IngestProblem::message).anySatisfy(message -> assertThat(message)
                .startsWith("repository larkspur/checkout-service could not be read (")
                .endsWith("); the entities it defined before are left as they were"));
        assertThat(ingest.probe().properties("component:default/checkout-service")).containsEntry("orphan", false);
        assertThat(failing.counts().orphaned()).isZero();

        gitlab.replace(LISTING, json(200, projects(List.of("checkout-service")), "X-Next-Page", "", "X-Total-Pages",
                "1"));
        ingest.ingest(DiscoveredSource.of(discovery(), "gitlab:larkspur", ingest.ingester().properties().scan())
                .source());

        assertThat(ingest.probe().properties("component:default/checkout-service")).containsEntry("orphan", true);
    }

    @Test
    void aLocationGlobInADiscoveredRepositoryMatchesTheRepositoryTreeNotOnlyTheFetchedFiles() {
        int org = 100 + repositories.indexOf("larkspur-org");
        String root = "/api/v4/projects/" + org + "/repository/files/" + PathEncoding.fileSegment("catalog-info.yaml")
                + "/raw?ref=main";
        String location = new String(read("larkspur-org", "catalog-info.yaml"), StandardCharsets.UTF_8)
                .replace("""
                            - ./teams/commerce.yaml
                            - ./teams/logistics.yaml
                            - ./teams/platform.yaml
                        """, "    - ./teams/*.yaml\n");
        gitlab.replace(root, raw(200, location.getBytes(StandardCharsets.UTF_8), "text/plain"));
        gitlab.on("/api/v4/projects/" + org + "/repository/tree?recursive=true&ref=main&per_page=100&page=1",
                json(200, """
                        [{"id":"b1","name":"catalog-info.yaml","type":"blob","path":"catalog-info.yaml","mode":"100644"},
                         {"id":"b2","name":"teams","type":"tree","path":"teams","mode":"040000"},
                         {"id":"b3","name":"commerce.yaml","type":"blob","path":"teams/commerce.yaml","mode":"100644"},
                         {"id":"b4","name":"logistics.yaml","type":"blob","path":"teams/logistics.yaml","mode":"100644"},
                         {"id":"b5","name":"platform.yaml","type":"blob","path":"teams/platform.yaml","mode":"100644"},
                         {"id":"b6","name":"README.md","type":"blob","path":"README.md","mode":"100644"}]
                        """, "X-Next-Page", ""));
        IngestTesting ingest = new IngestTesting();

        IngestReport report = ingest.ingest(DiscoveredSource.of(discovery(), "gitlab:larkspur",
                ingest.ingester().properties().scan()).source());

        assertThat(location).contains("- ./teams/*.yaml").doesNotContain("teams/commerce.yaml");
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(IngestProblem::rule).doesNotContain(Rule.REMOTE_LOCATION_TARGET);
        assertThat(ingest.probe().refs("n.kind = 'Group' AND n.missing = false AND n.sourceFile STARTS WITH 'teams/'"))
                .hasSize(8);
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
