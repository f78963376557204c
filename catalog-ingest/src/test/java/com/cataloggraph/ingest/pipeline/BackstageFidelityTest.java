package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.IngestReportJson;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.ingest.validate.AllowedKinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the ingester used to part from Backstage (issue 18), each now as Backstage does it, through a real run. */
class BackstageFidelityTest {

    private static final String FORK = "url:https://github.com/someone-else/fork/blob/main/catalog-info.yaml";

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;

    @BeforeEach
    void setUp() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void writtenLocationAnnotationsAreReplacedByTheFileTheEntityWasReadFrom() {
        lumen.write("label-printer/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: label-printer
                  annotations:
                    backstage.io/managed-by-location: %s
                    backstage.io/managed-by-origin-location: %s
                    backstage.io/view-url: https://github.com/lumen/label-printer/blob/main/catalog-info.yaml
                spec: {type: service, lifecycle: production, owner: platform}
                """.formatted(FORK, FORK));

        ingest.ingest(lumen.root());

        String location = "file:" + lumen.path("label-printer/catalog-info.yaml");
        assertThat((List<String>) graph.properties("component:default/label-printer").get("annotations"))
                .containsExactly("backstage.io/managed-by-location=" + location,
                        "backstage.io/managed-by-origin-location=" + location,
                        "backstage.io/view-url=https://github.com/lumen/label-printer/blob/main/catalog-info.yaml");
    }

    @Test
    void aDuplicateRefErrorPointsAtTheLineOfItsMetadataName() {
        lumen.write("z-copy/catalog-info.yaml", "# A copy, with a header\n# of three lines\n\n"
                + lumen.read("tracking-web/catalog-info.yaml"));

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).extracting(IngestProblem::rule, IngestProblem::line, IngestProblem::field)
                .containsExactly(tuple(Rule.DUPLICATE_REF, 7, "metadata.name"));
    }

    @Test
    void aNoChangeRunCountsTheFilesThatAreStillBrokenAndSaysSoEverywhere() {
        lumen.write("broken/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: [\n");
        lumen.write("partly/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: fine}
                spec: {type: service, lifecycle: production, owner: platform}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: not fine}
                spec: {type: service, lifecycle: production, owner: platform}
                """);
        lumen.replace("org/catalog-info.yaml", "- ./people.yaml", "- ./people.yaml\n    - ./contractors.yaml");
        IngestReport first = ingest.ingest(lumen.root());

        IngestReport second = ingest.ingest(lumen.root());

        for (IngestReport report : List.of(first, second)) {
            assertThat(report.counts().failed()).isEqualTo(3);
            assertThat(report.counts().errors()).isEqualTo(3);
            assertThat(report.counts().parsed() + report.counts().unchanged()).isEqualTo(report.counts().files());
            assertThat(report.summary()).contains(" failed): ").contains(report.counts().failed() + " failed)");
            assertThat(IngestReportJson.toJson(report)).contains("\"failed\" : 3");
        }
        assertThat(second.counts().parsed()).isZero();
        assertThat(second.errors()).isEqualTo(first.errors());
        assertThat(graph.rows("MATCH (f:SourceFile) WHERE f.errors > 0 RETURN f.file AS file, f.status AS status "
                + "ORDER BY f.file")).containsExactly(
                Map.of("file", "broken/catalog-info.yaml", "status", "FAILED"),
                Map.of("file", "org/catalog-info.yaml", "status", "OK"),
                Map.of("file", "partly/catalog-info.yaml", "status", "PARTIAL"));
        assertThat((String) graph.single("MATCH (f:SourceFile {file: 'org/catalog-info.yaml'}) RETURN f.problems AS p",
                Map.of()).get("p")).contains("location-target-missing").contains("./contractors.yaml");
    }

    @Test
    void aFoundTargetClearsTheLocationFilesError() {
        lumen.replace("org/catalog-info.yaml", "- ./people.yaml", "- ./people.yaml\n    - ./contractors.yaml");
        ingest.ingest(lumen.root());
        lumen.write("org/contractors.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: User
                metadata: {name: temp}
                spec: {memberOf: []}
                """);

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().failed()).isZero();
        assertThat(graph.rows("MATCH (f:SourceFile) WHERE f.errors > 0 RETURN f.file AS file")).isEmpty();
    }

    @Test
    void aValidScaffolderTemplateIsIngestedWithItsOwner() {
        lumen.write("templates/catalog-info.yaml", """
                apiVersion: scaffolder.backstage.io/v1beta3
                kind: Template
                metadata:
                  name: spring-boot-service
                  title: Spring Boot service
                spec:
                  owner: group:default/platform
                  type: service
                  parameters:
                    - title: Name the service
                      required: [name]
                      properties:
                        name: {title: Name, type: string}
                  steps:
                    - id: fetch
                      name: Fetch the skeleton
                      action: fetch:template
                      input:
                        url: ./skeleton
                        values: {name: '${{ parameters.name }}'}
                  output:
                    links:
                      - title: Repository
                        url: ${{ steps.publish.output.remoteUrl }}
                """);

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).isEmpty();
        assertThat(graph.properties("template:default/spring-boot-service")).containsEntry("kind", "Template")
                .containsEntry("type", "service").containsEntry("title", "Spring Boot service");
        assertThat(graph.relationships()).contains("template:default/spring-boot-service OWNED_BY group:default/platform");
    }

    @Test
    void aKindAPluginDefinesRejectsItsFileUntilItIsAllowed() {
        lumen.write("environments/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: env-dashboard}
                spec: {type: website, lifecycle: production, owner: platform}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Environment
                metadata: {name: staging}
                spec: {type: kubernetes}
                """);

        IngestReport rejected = ingest.ingest(lumen.root());

        assertThat(rejected.errors()).extracting(IngestProblem::rule, IngestProblem::file, IngestProblem::document)
                .containsExactly(tuple(Rule.KIND_NOT_ALLOWED, "environments/catalog-info.yaml", 2));
        assertThat(graph.refs("n.name IN ['env-dashboard', 'staging']")).isEmpty();

        List<String> kinds = new ArrayList<>(AllowedKinds.BUILT_IN);
        kinds.add("Environment");
        IngestReport allowed = new IngestTesting(IngestProperties.defaults().withAllowedKinds(kinds))
                .ingest(lumen.root());

        assertThat(allowed.errors()).isEmpty();
        assertThat(graph.refs("n.name IN ['env-dashboard', 'staging']")).containsExactly(
                "component:default/env-dashboard", "environment:default/staging");
        assertThat(graph.rows("MATCH (n:Entity {ref: 'environment:default/staging'}) RETURN labels(n) AS labels"))
                .containsExactly(Map.of("labels", List.of("Entity")));
        assertThat(allowed.entitiesByKind()).containsEntry("Environment", 1L)
                .containsEntry("Component", rejected.entitiesByKind().get("Component") + 1);
    }
}
