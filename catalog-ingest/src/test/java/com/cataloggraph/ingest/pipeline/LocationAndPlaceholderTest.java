package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("security")
class LocationAndPlaceholderTest {

    private static final String API = """
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata: {name: orders-api}
            spec:
              type: openapi
              lifecycle: production
              owner: team-a
              definition:
                %s
            """;

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder repos;

    @BeforeEach
    void setUp() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        repos = CatalogFolder.empty(temp.resolve("repos"));
    }

    @Test
    void aLocationCycleIsReportedOnceAndEveryFileIsStillReadOnce() {
        repos.write("org/catalog-info.yaml", location("root", "./a.yaml"))
                .write("org/a.yaml", location("a", "./b.yaml"))
                .write("org/b.yaml", location("b", "./a.yaml"));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.counts().files()).isEqualTo(3);
        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.LOCATION_CYCLE, "org/b.yaml", null, null,
                "spec.targets", "org/a.yaml", "Location cycle: org/a.yaml -> org/b.yaml -> org/a.yaml; each file is "
                        + "read once, but one of these targets is a mistake"));
        assertThat(graph.refs("n.kind = 'Location'")).containsExactly("location:default/a", "location:default/b",
                "location:default/root");
    }

    @Test
    void aMissingTargetIsAnErrorUnlessTheLocationSaysItIsOptional() {
        repos.write("org/catalog-info.yaml", location("root", "./teams.yaml") + "---\n"
                + location("extras", "./extras.yaml").replace("spec:\n", "spec:\n  presence: optional\n"));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.LOCATION_TARGET_MISSING,
                "org/catalog-info.yaml", 1, 6, "spec.targets", "./teams.yaml", "Location target ./teams.yaml "
                        + "(org/teams.yaml) does not exist; add presence: optional to the Location if it may be absent"));
    }

    @Test
    void aTargetOutsideTheIngestedFolderIsRefusedAndARemoteOneIsNotFollowed() throws Exception {
        Files.writeString(temp.resolve("secret.yaml"), location("secret", "./x.yaml"));
        repos.write("org/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: root}
                spec:
                  targets:
                    - ../../secret.yaml
                    - %s
                    - https://github.com/acme/other/blob/main/catalog-info.yaml
                """.formatted(temp.resolve("secret.yaml")));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.counts().files()).isEqualTo(1);
        assertThat(report.errors()).extracting(IngestProblem::rule, IngestProblem::line, IngestProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Rule.LOCATION_TARGET_OUTSIDE_ROOT, 6,
                                "spec.targets[0] \"../../secret.yaml\" resolves outside the ingested folder; "
                                        + "Location targets must stay inside it"),
                        org.assertj.core.groups.Tuple.tuple(Rule.LOCATION_TARGET_OUTSIDE_ROOT, 7,
                                "spec.targets[1] \"" + temp.resolve("secret.yaml") + "\" is outside the ingested "
                                        + "folder; Location targets must stay inside it"));
        assertThat(report.warnings()).extracting(IngestProblem::rule, IngestProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.REMOTE_LOCATION_TARGET, 8));
        assertThat(graph.refs("n.name = 'secret'")).isEmpty();
    }

    @Test
    void aDoubleStarGlobMatchesAtAnyDepthIncludingNone() {
        repos.write("mono/catalog-info.yaml", location("mono", "./plugins/**/catalog-info.yaml"))
                .write("mono/plugins/catalog-info.yaml", component("plugins-root"))
                .write("mono/plugins/a/catalog-info.yaml", component("plugin-a"))
                .write("mono/plugins/b/c/catalog-info.yaml", component("plugin-c"))
                .write("mono/plugins/a/node_modules/x/catalog-info.yaml", component("not-me"));

        IngestReport report = ingest.ingest(repos.root().resolve("mono"));

        assertThat(report.errors()).isEmpty();
        assertThat(graph.refs("n.kind = 'Component'")).containsExactly("component:default/plugin-a",
                "component:default/plugin-c", "component:default/plugins-root");
    }

    @Test
    void resolvesJsonAndYamlPlaceholdersIntoStructuredData() {
        repos.write("orders/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: orders}
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                  settings:
                    $json: ./settings.json
                  schema:
                    $yaml: ./schema.yaml
                  jsonSchema:
                    $ref: '#/definitions/x'
                    type: object
                """).write("orders/settings.json", "{\"replicas\": 3, \"regions\": [\"eu\"]}")
                .write("orders/schema.yaml", "fields:\n  - id\n");

        ingest.ingest(repos.root());

        assertThat((String) graph.properties("component:default/orders").get("spec")).isEqualTo(
                "{\"type\":\"service\",\"lifecycle\":\"production\",\"owner\":\"team-a\",\"settings\":{\"replicas\":3,"
                        + "\"regions\":[\"eu\"]},\"schema\":{\"fields\":[\"id\"]},\"jsonSchema\":{\"$ref\":"
                        + "\"#/definitions/x\",\"type\":\"object\"}}");
    }

    @Test
    void aRemoteTextPlaceholderStaysAReferenceWithAWarning() {
        repos.write("orders/catalog-info.yaml", API.formatted("$text: https://example.com/orders.yaml"));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).containsExactly(IngestProblem.warning(Rule.REMOTE_PLACEHOLDER,
                "orders/catalog-info.yaml", 1, 8, "spec.definition", "https://example.com/orders.yaml",
                "spec.definition: $text \"https://example.com/orders.yaml\" is a remote URL; it is not fetched, so the "
                        + "reference is stored instead of the content"));
        assertThat(graph.properties("api:default/orders-api"))
                .containsEntry("definition", "{\"$text\":\"https://example.com/orders.yaml\"}")
                .doesNotContainKey("definitionPath");
    }

    @Test
    void aLiteralBlockThatOnlyLooksLikeAPlaceholderIsLeftAlone() {
        repos.write("orders/catalog-info.yaml", API.formatted("|\n      $text: ./openapi.yaml"));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(graph.properties("api:default/orders-api")).containsEntry("definition", "$text: ./openapi.yaml\n");
    }

    @Test
    void aPlaceholderMayNotReadOutsideItsRepositoryNorThroughALinkLeadingOut() throws Exception {
        repos.write("other/secret.yaml", "password: hunter2\n")
                .write("orders/catalog-info.yaml", API.formatted("$text: ../other/secret.yaml"))
                .write("billing/catalog-info.yaml", API.formatted("$text: ./link.yaml").replace("orders-api",
                        "billing-api"));
        Files.createSymbolicLink(repos.path("billing/link.yaml"), repos.path("other/secret.yaml"));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.errors()).extracting(IngestProblem::file, IngestProblem::rule, IngestProblem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("orders/catalog-info.yaml", Rule.PLACEHOLDER,
                                "spec.definition: $text \"../other/secret.yaml\" could not be read: it resolves to "
                                        + "other/secret.yaml, outside the repository orders; placeholders may only "
                                        + "read files of the descriptor's own repository"),
                        org.assertj.core.groups.Tuple.tuple("billing/catalog-info.yaml", Rule.PLACEHOLDER,
                                "spec.definition: $text \"./link.yaml\" could not be read: it resolves to "
                                        + "billing/link.yaml (through a link), outside the repository billing; "
                                        + "placeholders may only read files of the descriptor's own repository"));
        assertThat(graph.refs("n.kind = 'API'")).isEmpty();
    }

    @Test
    void aMissingPlaceholderFileFailsOnlyItsEntity() {
        repos.write("orders/catalog-info.yaml", component("orders") + "---\n"
                + API.formatted("$text: ./missing.yaml"));

        IngestReport report = ingest.ingest(repos.root());

        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.PLACEHOLDER, "orders/catalog-info.yaml",
                2, 13, "spec.definition", "./missing.yaml", "spec.definition: $text \"./missing.yaml\" could not be "
                        + "read: there is no file orders/missing.yaml"));
        assertThat(graph.refs("n.missing = false")).containsExactly("component:default/orders");
    }

    @Test
    void discoveredRepositoriesPlugInAsASourceWithLinksToTheirHost() {
        var repository = new com.cataloggraph.ingest.source.FetchedRepository("acme/orders",
                "https://gitlab.example.com/acme/orders", "main", Map.of(
                        "catalog-info.yaml", (component("orders") + "---\n" + API.formatted("$text: ./openapi.yaml"))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var source = new com.cataloggraph.ingest.source.FetchedRepositoriesSource("gitlab:https://gitlab.example.com/acme",
                List.of(repository), ingest.ingester().properties().scan());

        IngestReport report = ingest.ingest(source);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(IngestProblem::message).containsExactly("spec.definition: $text "
                + "\"./openapi.yaml\" names a file this source did not fetch "
                + "(https://gitlab.example.com/acme/orders/-/blob/main/openapi.yaml); the reference is stored instead "
                + "of the content");
        String view = "https://gitlab.example.com/acme/orders/-/blob/main/catalog-info.yaml";
        assertThat(graph.properties("component:default/orders")).containsEntry("repository", "acme/orders")
                .containsEntry("repositoryUrl", "https://gitlab.example.com/acme/orders")
                .containsEntry("sourceLocation", "url:" + view)
                .containsEntry("annotations", List.of(
                        "backstage.io/edit-url=https://gitlab.example.com/acme/orders/-/edit/main/catalog-info.yaml",
                        "backstage.io/managed-by-location=url:" + view,
                        "backstage.io/managed-by-origin-location=url:" + view,
                        "backstage.io/source-location=url:https://gitlab.example.com/acme/orders/-/tree/main/",
                        "backstage.io/view-url=" + view));
    }

    @Test
    void annotationsWrittenInTheDescriptorWinOverTheOnesSetOnIngest() {
        var repository = new com.cataloggraph.ingest.source.FetchedRepository("acme/orders",
                "https://github.com/acme/orders", "main", Map.of("catalog-info.yaml", component("orders").replace(
                        "metadata: {name: orders}", "metadata:\n  name: orders\n  annotations:\n"
                                + "    backstage.io/source-location: url:https://github.com/acme/monorepo/tree/main/orders/\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ingest.ingest(new com.cataloggraph.ingest.source.FetchedRepositoriesSource("github:acme", List.of(repository),
                ingest.ingester().properties().scan()));

        assertThat(graph.properties("component:default/orders").get("annotations")).asList().contains(
                "backstage.io/source-location=url:https://github.com/acme/monorepo/tree/main/orders/",
                "backstage.io/view-url=https://github.com/acme/orders/blob/main/catalog-info.yaml");
    }

    private static String location(String name, String target) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: %s}
                spec:
                  targets:
                    - %s
                """.formatted(name, target);
    }

    private static String component(String name) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: %s}
                spec: {type: service, lifecycle: production, owner: team-a}
                """.formatted(name);
    }
}
